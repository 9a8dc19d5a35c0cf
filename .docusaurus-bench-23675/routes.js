import React from 'react';
import ComponentCreator from '@docusaurus/ComponentCreator';

export default [
  {
    path: '/compliance',
    component: ComponentCreator('/compliance', 'e5a'),
    exact: true
  },
  {
    path: '/compliance/aurora-cloud',
    component: ComponentCreator('/compliance/aurora-cloud', '421'),
    exact: true
  },
  {
    path: '/compliance/birch-cloud',
    component: ComponentCreator('/compliance/birch-cloud', 'c61'),
    exact: true
  },
  {
    path: '/compliance/cedar-cloud',
    component: ComponentCreator('/compliance/cedar-cloud', '5b2'),
    exact: true
  },
  {
    path: '/compliance/dune-kubernetes',
    component: ComponentCreator('/compliance/dune-kubernetes', '7df'),
    exact: true
  },
  {
    path: '/compliance/elm-kaas',
    component: ComponentCreator('/compliance/elm-kaas', '15d'),
    exact: true
  },
  {
    path: '/search',
    component: ComponentCreator('/search', 'ee4'),
    exact: true
  },
  {
    path: '/standards',
    component: ComponentCreator('/standards', '1c3'),
    exact: true
  },
  {
    path: '/standards/global',
    component: ComponentCreator('/standards/global', 'ba8'),
    exact: true
  },
  {
    path: '/standards/global/scs-0000',
    component: ComponentCreator('/standards/global/scs-0000', 'fd9'),
    exact: true
  },
  {
    path: '/standards/global/scs-0001',
    component: ComponentCreator('/standards/global/scs-0001', 'dd2'),
    exact: true
  },
  {
    path: '/standards/global/scs-0002',
    component: ComponentCreator('/standards/global/scs-0002', '01f'),
    exact: true
  },
  {
    path: '/standards/global/scs-0003',
    component: ComponentCreator('/standards/global/scs-0003', 'f87'),
    exact: true
  },
  {
    path: '/standards/global/scs-0004',
    component: ComponentCreator('/standards/global/scs-0004', 'b1e'),
    exact: true
  },
  {
    path: '/standards/global/scs-0005',
    component: ComponentCreator('/standards/global/scs-0005', 'e7c'),
    exact: true
  },
  {
    path: '/standards/global/scs-0006',
    component: ComponentCreator('/standards/global/scs-0006', 'e9d'),
    exact: true
  },
  {
    path: '/standards/global/scs-0007',
    component: ComponentCreator('/standards/global/scs-0007', '3f5'),
    exact: true
  },
  {
    path: '/standards/global/scs-0008',
    component: ComponentCreator('/standards/global/scs-0008', '7c2'),
    exact: true
  },
  {
    path: '/standards/global/scs-0009',
    component: ComponentCreator('/standards/global/scs-0009', '07a'),
    exact: true
  },
  {
    path: '/standards/global/scs-0010',
    component: ComponentCreator('/standards/global/scs-0010', '9b3'),
    exact: true
  },
  {
    path: '/standards/global/scs-0011',
    component: ComponentCreator('/standards/global/scs-0011', 'bd0'),
    exact: true
  },
  {
    path: '/standards/global/scs-0012',
    component: ComponentCreator('/standards/global/scs-0012', '519'),
    exact: true
  },
  {
    path: '/standards/global/scs-0013',
    component: ComponentCreator('/standards/global/scs-0013', 'a52'),
    exact: true
  },
  {
    path: '/standards/global/scs-0014',
    component: ComponentCreator('/standards/global/scs-0014', 'b48'),
    exact: true
  },
  {
    path: '/standards/global/scs-0015',
    component: ComponentCreator('/standards/global/scs-0015', 'd22'),
    exact: true
  },
  {
    path: '/standards/global/scs-0016',
    component: ComponentCreator('/standards/global/scs-0016', '9bb'),
    exact: true
  },
  {
    path: '/standards/global/scs-0017',
    component: ComponentCreator('/standards/global/scs-0017', '23c'),
    exact: true
  },
  {
    path: '/standards/global/scs-0018',
    component: ComponentCreator('/standards/global/scs-0018', 'cc1'),
    exact: true
  },
  {
    path: '/standards/global/scs-0019',
    component: ComponentCreator('/standards/global/scs-0019', 'c4c'),
    exact: true
  },
  {
    path: '/standards/global/scs-0020',
    component: ComponentCreator('/standards/global/scs-0020', '8a3'),
    exact: true
  },
  {
    path: '/standards/global/scs-0021',
    component: ComponentCreator('/standards/global/scs-0021', 'a91'),
    exact: true
  },
  {
    path: '/standards/global/scs-0022',
    component: ComponentCreator('/standards/global/scs-0022', 'f26'),
    exact: true
  },
  {
    path: '/standards/global/scs-0023',
    component: ComponentCreator('/standards/global/scs-0023', '679'),
    exact: true
  },
  {
    path: '/standards/global/scs-0024',
    component: ComponentCreator('/standards/global/scs-0024', '36d'),
    exact: true
  },
  {
    path: '/standards/global/scs-0025',
    component: ComponentCreator('/standards/global/scs-0025', 'ba7'),
    exact: true
  },
  {
    path: '/standards/global/scs-0026',
    component: ComponentCreator('/standards/global/scs-0026', 'cd0'),
    exact: true
  },
  {
    path: '/standards/global/scs-0027',
    component: ComponentCreator('/standards/global/scs-0027', '1db'),
    exact: true
  },
  {
    path: '/standards/global/scs-0028',
    component: ComponentCreator('/standards/global/scs-0028', 'f87'),
    exact: true
  },
  {
    path: '/standards/global/scs-0029',
    component: ComponentCreator('/standards/global/scs-0029', 'cc7'),
    exact: true
  },
  {
    path: '/standards/global/scs-0030',
    component: ComponentCreator('/standards/global/scs-0030', 'dab'),
    exact: true
  },
  {
    path: '/standards/global/scs-0031',
    component: ComponentCreator('/standards/global/scs-0031', '5f7'),
    exact: true
  },
  {
    path: '/standards/global/scs-0032',
    component: ComponentCreator('/standards/global/scs-0032', '00a'),
    exact: true
  },
  {
    path: '/standards/global/scs-0033',
    component: ComponentCreator('/standards/global/scs-0033', 'c14'),
    exact: true
  },
  {
    path: '/standards/global/scs-0034',
    component: ComponentCreator('/standards/global/scs-0034', '76a'),
    exact: true
  },
  {
    path: '/standards/global/scs-0035',
    component: ComponentCreator('/standards/global/scs-0035', '704'),
    exact: true
  },
  {
    path: '/standards/global/scs-0036',
    component: ComponentCreator('/standards/global/scs-0036', '709'),
    exact: true
  },
  {
    path: '/standards/global/scs-0037',
    component: ComponentCreator('/standards/global/scs-0037', '23c'),
    exact: true
  },
  {
    path: '/standards/global/scs-0038',
    component: ComponentCreator('/standards/global/scs-0038', 'bf3'),
    exact: true
  },
  {
    path: '/standards/global/scs-0039',
    component: ComponentCreator('/standards/global/scs-0039', '345'),
    exact: true
  },
  {
    path: '/standards/global/scs-0040',
    component: ComponentCreator('/standards/global/scs-0040', '7e4'),
    exact: true
  },
  {
    path: '/standards/global/scs-0041',
    component: ComponentCreator('/standards/global/scs-0041', 'e6a'),
    exact: true
  },
  {
    path: '/standards/global/scs-0042',
    component: ComponentCreator('/standards/global/scs-0042', '54d'),
    exact: true
  },
  {
    path: '/standards/global/scs-0043',
    component: ComponentCreator('/standards/global/scs-0043', '517'),
    exact: true
  },
  {
    path: '/standards/global/scs-0044',
    component: ComponentCreator('/standards/global/scs-0044', '8e6'),
    exact: true
  },
  {
    path: '/standards/global/scs-0045',
    component: ComponentCreator('/standards/global/scs-0045', '13d'),
    exact: true
  },
  {
    path: '/standards/global/scs-0046',
    component: ComponentCreator('/standards/global/scs-0046', 'c7b'),
    exact: true
  },
  {
    path: '/standards/global/scs-0047',
    component: ComponentCreator('/standards/global/scs-0047', '7e6'),
    exact: true
  },
  {
    path: '/standards/global/scs-0048',
    component: ComponentCreator('/standards/global/scs-0048', '56d'),
    exact: true
  },
  {
    path: '/standards/global/scs-0049',
    component: ComponentCreator('/standards/global/scs-0049', 'e12'),
    exact: true
  },
  {
    path: '/standards/global/scs-0050',
    component: ComponentCreator('/standards/global/scs-0050', 'f80'),
    exact: true
  },
  {
    path: '/standards/global/scs-0051',
    component: ComponentCreator('/standards/global/scs-0051', '7cf'),
    exact: true
  },
  {
    path: '/standards/global/scs-0052',
    component: ComponentCreator('/standards/global/scs-0052', '982'),
    exact: true
  },
  {
    path: '/standards/global/scs-0053',
    component: ComponentCreator('/standards/global/scs-0053', 'b32'),
    exact: true
  },
  {
    path: '/standards/global/scs-0054',
    component: ComponentCreator('/standards/global/scs-0054', 'e1e'),
    exact: true
  },
  {
    path: '/standards/global/scs-0055',
    component: ComponentCreator('/standards/global/scs-0055', '803'),
    exact: true
  },
  {
    path: '/standards/global/scs-0056',
    component: ComponentCreator('/standards/global/scs-0056', '553'),
    exact: true
  },
  {
    path: '/standards/global/scs-0057',
    component: ComponentCreator('/standards/global/scs-0057', '680'),
    exact: true
  },
  {
    path: '/standards/global/scs-0058',
    component: ComponentCreator('/standards/global/scs-0058', 'e7f'),
    exact: true
  },
  {
    path: '/standards/global/scs-0059',
    component: ComponentCreator('/standards/global/scs-0059', 'c02'),
    exact: true
  },
  {
    path: '/standards/global/scs-0060',
    component: ComponentCreator('/standards/global/scs-0060', '41d'),
    exact: true
  },
  {
    path: '/standards/global/scs-0061',
    component: ComponentCreator('/standards/global/scs-0061', '998'),
    exact: true
  },
  {
    path: '/standards/global/scs-0062',
    component: ComponentCreator('/standards/global/scs-0062', '850'),
    exact: true
  },
  {
    path: '/standards/global/scs-0063',
    component: ComponentCreator('/standards/global/scs-0063', '521'),
    exact: true
  },
  {
    path: '/standards/global/scs-0064',
    component: ComponentCreator('/standards/global/scs-0064', '585'),
    exact: true
  },
  {
    path: '/standards/global/scs-0065',
    component: ComponentCreator('/standards/global/scs-0065', '519'),
    exact: true
  },
  {
    path: '/standards/global/scs-0066',
    component: ComponentCreator('/standards/global/scs-0066', '2e3'),
    exact: true
  },
  {
    path: '/standards/global/scs-0067',
    component: ComponentCreator('/standards/global/scs-0067', '461'),
    exact: true
  },
  {
    path: '/standards/global/scs-0068',
    component: ComponentCreator('/standards/global/scs-0068', '8f9'),
    exact: true
  },
  {
    path: '/standards/global/scs-0069',
    component: ComponentCreator('/standards/global/scs-0069', 'e00'),
    exact: true
  },
  {
    path: '/standards/global/scs-0070',
    component: ComponentCreator('/standards/global/scs-0070', '5f4'),
    exact: true
  },
  {
    path: '/standards/global/scs-0071',
    component: ComponentCreator('/standards/global/scs-0071', '3bc'),
    exact: true
  },
  {
    path: '/standards/global/scs-0072',
    component: ComponentCreator('/standards/global/scs-0072', 'e61'),
    exact: true
  },
  {
    path: '/standards/global/scs-0073',
    component: ComponentCreator('/standards/global/scs-0073', 'd90'),
    exact: true
  },
  {
    path: '/standards/global/scs-0074',
    component: ComponentCreator('/standards/global/scs-0074', '21f'),
    exact: true
  },
  {
    path: '/standards/iaas',
    component: ComponentCreator('/standards/iaas', '55a'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0100',
    component: ComponentCreator('/standards/iaas/scs-0100', '841'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0101',
    component: ComponentCreator('/standards/iaas/scs-0101', '6a6'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0102',
    component: ComponentCreator('/standards/iaas/scs-0102', 'c7c'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0103',
    component: ComponentCreator('/standards/iaas/scs-0103', 'ee4'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0104',
    component: ComponentCreator('/standards/iaas/scs-0104', 'ece'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0105',
    component: ComponentCreator('/standards/iaas/scs-0105', 'dbc'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0106',
    component: ComponentCreator('/standards/iaas/scs-0106', 'c97'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0107',
    component: ComponentCreator('/standards/iaas/scs-0107', 'cbf'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0108',
    component: ComponentCreator('/standards/iaas/scs-0108', '085'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0109',
    component: ComponentCreator('/standards/iaas/scs-0109', '863'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0110',
    component: ComponentCreator('/standards/iaas/scs-0110', '4c6'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0111',
    component: ComponentCreator('/standards/iaas/scs-0111', '496'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0112',
    component: ComponentCreator('/standards/iaas/scs-0112', 'e8d'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0113',
    component: ComponentCreator('/standards/iaas/scs-0113', 'fb4'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0114',
    component: ComponentCreator('/standards/iaas/scs-0114', 'eeb'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0115',
    component: ComponentCreator('/standards/iaas/scs-0115', 'bb5'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0116',
    component: ComponentCreator('/standards/iaas/scs-0116', '10c'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0117',
    component: ComponentCreator('/standards/iaas/scs-0117', '62a'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0118',
    component: ComponentCreator('/standards/iaas/scs-0118', 'bf7'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0119',
    component: ComponentCreator('/standards/iaas/scs-0119', 'f4f'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0120',
    component: ComponentCreator('/standards/iaas/scs-0120', '838'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0121',
    component: ComponentCreator('/standards/iaas/scs-0121', 'c3b'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0122',
    component: ComponentCreator('/standards/iaas/scs-0122', '3b7'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0123',
    component: ComponentCreator('/standards/iaas/scs-0123', '39b'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0124',
    component: ComponentCreator('/standards/iaas/scs-0124', 'ba8'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0125',
    component: ComponentCreator('/standards/iaas/scs-0125', '2f4'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0126',
    component: ComponentCreator('/standards/iaas/scs-0126', '06e'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0127',
    component: ComponentCreator('/standards/iaas/scs-0127', '74c'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0128',
    component: ComponentCreator('/standards/iaas/scs-0128', '9c8'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0129',
    component: ComponentCreator('/standards/iaas/scs-0129', 'f38'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0130',
    component: ComponentCreator('/standards/iaas/scs-0130', 'f76'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0131',
    component: ComponentCreator('/standards/iaas/scs-0131', '6b1'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0132',
    component: ComponentCreator('/standards/iaas/scs-0132', '7fe'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0133',
    component: ComponentCreator('/standards/iaas/scs-0133', '2ef'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0134',
    component: ComponentCreator('/standards/iaas/scs-0134', '660'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0135',
    component: ComponentCreator('/standards/iaas/scs-0135', 'f8c'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0136',
    component: ComponentCreator('/standards/iaas/scs-0136', '308'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0137',
    component: ComponentCreator('/standards/iaas/scs-0137', 'a24'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0138',
    component: ComponentCreator('/standards/iaas/scs-0138', '0cd'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0139',
    component: ComponentCreator('/standards/iaas/scs-0139', '2eb'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0140',
    component: ComponentCreator('/standards/iaas/scs-0140', 'd70'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0141',
    component: ComponentCreator('/standards/iaas/scs-0141', 'bc6'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0142',
    component: ComponentCreator('/standards/iaas/scs-0142', '9a2'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0143',
    component: ComponentCreator('/standards/iaas/scs-0143', '5e9'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0144',
    component: ComponentCreator('/standards/iaas/scs-0144', 'd85'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0145',
    component: ComponentCreator('/standards/iaas/scs-0145', '139'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0146',
    component: ComponentCreator('/standards/iaas/scs-0146', '176'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0147',
    component: ComponentCreator('/standards/iaas/scs-0147', '8fc'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0148',
    component: ComponentCreator('/standards/iaas/scs-0148', '390'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0149',
    component: ComponentCreator('/standards/iaas/scs-0149', 'ef6'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0150',
    component: ComponentCreator('/standards/iaas/scs-0150', 'bc5'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0151',
    component: ComponentCreator('/standards/iaas/scs-0151', '2bd'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0152',
    component: ComponentCreator('/standards/iaas/scs-0152', '9ca'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0153',
    component: ComponentCreator('/standards/iaas/scs-0153', 'b8b'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0154',
    component: ComponentCreator('/standards/iaas/scs-0154', '378'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0155',
    component: ComponentCreator('/standards/iaas/scs-0155', '6b9'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0156',
    component: ComponentCreator('/standards/iaas/scs-0156', 'c60'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0157',
    component: ComponentCreator('/standards/iaas/scs-0157', '03b'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0158',
    component: ComponentCreator('/standards/iaas/scs-0158', '0eb'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0159',
    component: ComponentCreator('/standards/iaas/scs-0159', '181'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0160',
    component: ComponentCreator('/standards/iaas/scs-0160', '0cf'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0161',
    component: ComponentCreator('/standards/iaas/scs-0161', '608'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0162',
    component: ComponentCreator('/standards/iaas/scs-0162', '1c4'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0163',
    component: ComponentCreator('/standards/iaas/scs-0163', '4fa'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0164',
    component: ComponentCreator('/standards/iaas/scs-0164', '8b9'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0165',
    component: ComponentCreator('/standards/iaas/scs-0165', 'e50'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0166',
    component: ComponentCreator('/standards/iaas/scs-0166', '654'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0167',
    component: ComponentCreator('/standards/iaas/scs-0167', '6f8'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0168',
    component: ComponentCreator('/standards/iaas/scs-0168', 'ce3'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0169',
    component: ComponentCreator('/standards/iaas/scs-0169', '587'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0170',
    component: ComponentCreator('/standards/iaas/scs-0170', 'a80'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0171',
    component: ComponentCreator('/standards/iaas/scs-0171', 'd0f'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0172',
    component: ComponentCreator('/standards/iaas/scs-0172', '1ed'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0173',
    component: ComponentCreator('/standards/iaas/scs-0173', 'd08'),
    exact: true
  },
  {
    path: '/standards/iaas/scs-0174',
    component: ComponentCreator('/standards/iaas/scs-0174', '80e'),
    exact: true
  },
  {
    path: '/standards/iam',
    component: ComponentCreator('/standards/iam', '1f2'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0300',
    component: ComponentCreator('/standards/iam/scs-0300', '17e'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0301',
    component: ComponentCreator('/standards/iam/scs-0301', '8cd'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0302',
    component: ComponentCreator('/standards/iam/scs-0302', 'bc1'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0303',
    component: ComponentCreator('/standards/iam/scs-0303', '0a3'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0304',
    component: ComponentCreator('/standards/iam/scs-0304', 'd5a'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0305',
    component: ComponentCreator('/standards/iam/scs-0305', 'a7c'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0306',
    component: ComponentCreator('/standards/iam/scs-0306', 'ec8'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0307',
    component: ComponentCreator('/standards/iam/scs-0307', 'e53'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0308',
    component: ComponentCreator('/standards/iam/scs-0308', 'fec'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0309',
    component: ComponentCreator('/standards/iam/scs-0309', '2a0'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0310',
    component: ComponentCreator('/standards/iam/scs-0310', 'be6'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0311',
    component: ComponentCreator('/standards/iam/scs-0311', 'f14'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0312',
    component: ComponentCreator('/standards/iam/scs-0312', '71c'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0313',
    component: ComponentCreator('/standards/iam/scs-0313', '979'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0314',
    component: ComponentCreator('/standards/iam/scs-0314', 'e22'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0315',
    component: ComponentCreator('/standards/iam/scs-0315', '9aa'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0316',
    component: ComponentCreator('/standards/iam/scs-0316', '60d'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0317',
    component: ComponentCreator('/standards/iam/scs-0317', 'acf'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0318',
    component: ComponentCreator('/standards/iam/scs-0318', '4d4'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0319',
    component: ComponentCreator('/standards/iam/scs-0319', 'b77'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0320',
    component: ComponentCreator('/standards/iam/scs-0320', '3eb'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0321',
    component: ComponentCreator('/standards/iam/scs-0321', '340'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0322',
    component: ComponentCreator('/standards/iam/scs-0322', '087'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0323',
    component: ComponentCreator('/standards/iam/scs-0323', 'a71'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0324',
    component: ComponentCreator('/standards/iam/scs-0324', 'f12'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0325',
    component: ComponentCreator('/standards/iam/scs-0325', '8c5'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0326',
    component: ComponentCreator('/standards/iam/scs-0326', '1f6'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0327',
    component: ComponentCreator('/standards/iam/scs-0327', '007'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0328',
    component: ComponentCreator('/standards/iam/scs-0328', 'ee9'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0329',
    component: ComponentCreator('/standards/iam/scs-0329', '901'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0330',
    component: ComponentCreator('/standards/iam/scs-0330', 'be1'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0331',
    component: ComponentCreator('/standards/iam/scs-0331', '919'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0332',
    component: ComponentCreator('/standards/iam/scs-0332', '87a'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0333',
    component: ComponentCreator('/standards/iam/scs-0333', '15a'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0334',
    component: ComponentCreator('/standards/iam/scs-0334', '488'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0335',
    component: ComponentCreator('/standards/iam/scs-0335', '823'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0336',
    component: ComponentCreator('/standards/iam/scs-0336', 'e80'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0337',
    component: ComponentCreator('/standards/iam/scs-0337', '8a9'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0338',
    component: ComponentCreator('/standards/iam/scs-0338', '5b5'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0339',
    component: ComponentCreator('/standards/iam/scs-0339', '16e'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0340',
    component: ComponentCreator('/standards/iam/scs-0340', '8f8'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0341',
    component: ComponentCreator('/standards/iam/scs-0341', '63e'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0342',
    component: ComponentCreator('/standards/iam/scs-0342', '564'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0343',
    component: ComponentCreator('/standards/iam/scs-0343', '03c'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0344',
    component: ComponentCreator('/standards/iam/scs-0344', 'de8'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0345',
    component: ComponentCreator('/standards/iam/scs-0345', 'bea'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0346',
    component: ComponentCreator('/standards/iam/scs-0346', 'd8f'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0347',
    component: ComponentCreator('/standards/iam/scs-0347', '9bd'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0348',
    component: ComponentCreator('/standards/iam/scs-0348', '4f9'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0349',
    component: ComponentCreator('/standards/iam/scs-0349', '38c'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0350',
    component: ComponentCreator('/standards/iam/scs-0350', '0bb'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0351',
    component: ComponentCreator('/standards/iam/scs-0351', '4dc'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0352',
    component: ComponentCreator('/standards/iam/scs-0352', '232'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0353',
    component: ComponentCreator('/standards/iam/scs-0353', 'ef7'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0354',
    component: ComponentCreator('/standards/iam/scs-0354', '8bd'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0355',
    component: ComponentCreator('/standards/iam/scs-0355', '500'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0356',
    component: ComponentCreator('/standards/iam/scs-0356', '0b8'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0357',
    component: ComponentCreator('/standards/iam/scs-0357', 'c38'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0358',
    component: ComponentCreator('/standards/iam/scs-0358', '983'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0359',
    component: ComponentCreator('/standards/iam/scs-0359', 'eca'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0360',
    component: ComponentCreator('/standards/iam/scs-0360', 'e31'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0361',
    component: ComponentCreator('/standards/iam/scs-0361', '6be'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0362',
    component: ComponentCreator('/standards/iam/scs-0362', '1d2'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0363',
    component: ComponentCreator('/standards/iam/scs-0363', '008'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0364',
    component: ComponentCreator('/standards/iam/scs-0364', 'd9b'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0365',
    component: ComponentCreator('/standards/iam/scs-0365', 'c4b'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0366',
    component: ComponentCreator('/standards/iam/scs-0366', '7a5'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0367',
    component: ComponentCreator('/standards/iam/scs-0367', 'cd7'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0368',
    component: ComponentCreator('/standards/iam/scs-0368', 'b30'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0369',
    component: ComponentCreator('/standards/iam/scs-0369', 'a24'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0370',
    component: ComponentCreator('/standards/iam/scs-0370', '436'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0371',
    component: ComponentCreator('/standards/iam/scs-0371', 'b46'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0372',
    component: ComponentCreator('/standards/iam/scs-0372', '1f1'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0373',
    component: ComponentCreator('/standards/iam/scs-0373', 'c39'),
    exact: true
  },
  {
    path: '/standards/iam/scs-0374',
    component: ComponentCreator('/standards/iam/scs-0374', '579'),
    exact: true
  },
  {
    path: '/standards/kaas',
    component: ComponentCreator('/standards/kaas', '563'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0200',
    component: ComponentCreator('/standards/kaas/scs-0200', '9a4'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0201',
    component: ComponentCreator('/standards/kaas/scs-0201', '18e'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0202',
    component: ComponentCreator('/standards/kaas/scs-0202', '7cd'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0203',
    component: ComponentCreator('/standards/kaas/scs-0203', 'cb3'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0204',
    component: ComponentCreator('/standards/kaas/scs-0204', '091'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0205',
    component: ComponentCreator('/standards/kaas/scs-0205', '2ca'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0206',
    component: ComponentCreator('/standards/kaas/scs-0206', 'da2'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0207',
    component: ComponentCreator('/standards/kaas/scs-0207', 'aef'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0208',
    component: ComponentCreator('/standards/kaas/scs-0208', '641'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0209',
    component: ComponentCreator('/standards/kaas/scs-0209', 'e2f'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0210',
    component: ComponentCreator('/standards/kaas/scs-0210', '219'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0211',
    component: ComponentCreator('/standards/kaas/scs-0211', 'fe0'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0212',
    component: ComponentCreator('/standards/kaas/scs-0212', '165'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0213',
    component: ComponentCreator('/standards/kaas/scs-0213', '631'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0214',
    component: ComponentCreator('/standards/kaas/scs-0214', '3ac'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0215',
    component: ComponentCreator('/standards/kaas/scs-0215', '193'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0216',
    component: ComponentCreator('/standards/kaas/scs-0216', '04d'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0217',
    component: ComponentCreator('/standards/kaas/scs-0217', '296'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0218',
    component: ComponentCreator('/standards/kaas/scs-0218', '5de'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0219',
    component: ComponentCreator('/standards/kaas/scs-0219', 'ffd'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0220',
    component: ComponentCreator('/standards/kaas/scs-0220', 'e49'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0221',
    component: ComponentCreator('/standards/kaas/scs-0221', '314'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0222',
    component: ComponentCreator('/standards/kaas/scs-0222', '625'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0223',
    component: ComponentCreator('/standards/kaas/scs-0223', '9ef'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0224',
    component: ComponentCreator('/standards/kaas/scs-0224', '207'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0225',
    component: ComponentCreator('/standards/kaas/scs-0225', '750'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0226',
    component: ComponentCreator('/standards/kaas/scs-0226', '968'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0227',
    component: ComponentCreator('/standards/kaas/scs-0227', '478'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0228',
    component: ComponentCreator('/standards/kaas/scs-0228', 'bd9'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0229',
    component: ComponentCreator('/standards/kaas/scs-0229', '5db'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0230',
    component: ComponentCreator('/standards/kaas/scs-0230', '734'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0231',
    component: ComponentCreator('/standards/kaas/scs-0231', '57e'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0232',
    component: ComponentCreator('/standards/kaas/scs-0232', 'e24'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0233',
    component: ComponentCreator('/standards/kaas/scs-0233', '735'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0234',
    component: ComponentCreator('/standards/kaas/scs-0234', 'ed9'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0235',
    component: ComponentCreator('/standards/kaas/scs-0235', 'c46'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0236',
    component: ComponentCreator('/standards/kaas/scs-0236', '715'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0237',
    component: ComponentCreator('/standards/kaas/scs-0237', '0ca'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0238',
    component: ComponentCreator('/standards/kaas/scs-0238', '9e1'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0239',
    component: ComponentCreator('/standards/kaas/scs-0239', 'a0a'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0240',
    component: ComponentCreator('/standards/kaas/scs-0240', '9b7'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0241',
    component: ComponentCreator('/standards/kaas/scs-0241', 'f8a'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0242',
    component: ComponentCreator('/standards/kaas/scs-0242', 'cb0'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0243',
    component: ComponentCreator('/standards/kaas/scs-0243', '79f'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0244',
    component: ComponentCreator('/standards/kaas/scs-0244', 'e58'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0245',
    component: ComponentCreator('/standards/kaas/scs-0245', '645'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0246',
    component: ComponentCreator('/standards/kaas/scs-0246', '2dd'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0247',
    component: ComponentCreator('/standards/kaas/scs-0247', '4f8'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0248',
    component: ComponentCreator('/standards/kaas/scs-0248', '7c2'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0249',
    component: ComponentCreator('/standards/kaas/scs-0249', '35d'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0250',
    component: ComponentCreator('/standards/kaas/scs-0250', '2aa'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0251',
    component: ComponentCreator('/standards/kaas/scs-0251', '67e'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0252',
    component: ComponentCreator('/standards/kaas/scs-0252', '0f0'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0253',
    component: ComponentCreator('/standards/kaas/scs-0253', '7f2'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0254',
    component: ComponentCreator('/standards/kaas/scs-0254', '205'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0255',
    component: ComponentCreator('/standards/kaas/scs-0255', '052'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0256',
    component: ComponentCreator('/standards/kaas/scs-0256', '022'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0257',
    component: ComponentCreator('/standards/kaas/scs-0257', 'cde'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0258',
    component: ComponentCreator('/standards/kaas/scs-0258', '4f4'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0259',
    component: ComponentCreator('/standards/kaas/scs-0259', 'e57'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0260',
    component: ComponentCreator('/standards/kaas/scs-0260', '151'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0261',
    component: ComponentCreator('/standards/kaas/scs-0261', 'f9a'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0262',
    component: ComponentCreator('/standards/kaas/scs-0262', '25b'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0263',
    component: ComponentCreator('/standards/kaas/scs-0263', '2e9'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0264',
    component: ComponentCreator('/standards/kaas/scs-0264', 'ae5'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0265',
    component: ComponentCreator('/standards/kaas/scs-0265', 'b3c'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0266',
    component: ComponentCreator('/standards/kaas/scs-0266', '9e4'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0267',
    component: ComponentCreator('/standards/kaas/scs-0267', 'a0d'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0268',
    component: ComponentCreator('/standards/kaas/scs-0268', 'a01'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0269',
    component: ComponentCreator('/standards/kaas/scs-0269', 'f29'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0270',
    component: ComponentCreator('/standards/kaas/scs-0270', '79b'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0271',
    component: ComponentCreator('/standards/kaas/scs-0271', '05d'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0272',
    component: ComponentCreator('/standards/kaas/scs-0272', 'c5b'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0273',
    component: ComponentCreator('/standards/kaas/scs-0273', '81f'),
    exact: true
  },
  {
    path: '/standards/kaas/scs-0274',
    component: ComponentCreator('/standards/kaas/scs-0274', '3d5'),
    exact: true
  },
  {
    path: '/standards/ops',
    component: ComponentCreator('/standards/ops', '7e2'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0400',
    component: ComponentCreator('/standards/ops/scs-0400', 'd96'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0401',
    component: ComponentCreator('/standards/ops/scs-0401', 'fa9'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0402',
    component: ComponentCreator('/standards/ops/scs-0402', 'a38'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0403',
    component: ComponentCreator('/standards/ops/scs-0403', 'd0a'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0404',
    component: ComponentCreator('/standards/ops/scs-0404', '347'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0405',
    component: ComponentCreator('/standards/ops/scs-0405', 'eb8'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0406',
    component: ComponentCreator('/standards/ops/scs-0406', 'b35'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0407',
    component: ComponentCreator('/standards/ops/scs-0407', 'bf5'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0408',
    component: ComponentCreator('/standards/ops/scs-0408', '52d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0409',
    component: ComponentCreator('/standards/ops/scs-0409', '2fa'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0410',
    component: ComponentCreator('/standards/ops/scs-0410', '4ed'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0411',
    component: ComponentCreator('/standards/ops/scs-0411', 'bff'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0412',
    component: ComponentCreator('/standards/ops/scs-0412', '439'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0413',
    component: ComponentCreator('/standards/ops/scs-0413', 'c2c'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0414',
    component: ComponentCreator('/standards/ops/scs-0414', '190'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0415',
    component: ComponentCreator('/standards/ops/scs-0415', 'b03'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0416',
    component: ComponentCreator('/standards/ops/scs-0416', '101'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0417',
    component: ComponentCreator('/standards/ops/scs-0417', '138'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0418',
    component: ComponentCreator('/standards/ops/scs-0418', '326'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0419',
    component: ComponentCreator('/standards/ops/scs-0419', '0cd'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0420',
    component: ComponentCreator('/standards/ops/scs-0420', 'b2b'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0421',
    component: ComponentCreator('/standards/ops/scs-0421', '795'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0422',
    component: ComponentCreator('/standards/ops/scs-0422', '2d1'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0423',
    component: ComponentCreator('/standards/ops/scs-0423', '678'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0424',
    component: ComponentCreator('/standards/ops/scs-0424', '840'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0425',
    component: ComponentCreator('/standards/ops/scs-0425', '0b3'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0426',
    component: ComponentCreator('/standards/ops/scs-0426', '6d1'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0427',
    component: ComponentCreator('/standards/ops/scs-0427', '522'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0428',
    component: ComponentCreator('/standards/ops/scs-0428', 'da8'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0429',
    component: ComponentCreator('/standards/ops/scs-0429', '5ba'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0430',
    component: ComponentCreator('/standards/ops/scs-0430', '52f'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0431',
    component: ComponentCreator('/standards/ops/scs-0431', 'a69'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0432',
    component: ComponentCreator('/standards/ops/scs-0432', 'd2c'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0433',
    component: ComponentCreator('/standards/ops/scs-0433', 'cbd'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0434',
    component: ComponentCreator('/standards/ops/scs-0434', '340'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0435',
    component: ComponentCreator('/standards/ops/scs-0435', 'f00'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0436',
    component: ComponentCreator('/standards/ops/scs-0436', '1de'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0437',
    component: ComponentCreator('/standards/ops/scs-0437', 'e7d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0438',
    component: ComponentCreator('/standards/ops/scs-0438', '870'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0439',
    component: ComponentCreator('/standards/ops/scs-0439', '9ce'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0440',
    component: ComponentCreator('/standards/ops/scs-0440', '113'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0441',
    component: ComponentCreator('/standards/ops/scs-0441', '33c'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0442',
    component: ComponentCreator('/standards/ops/scs-0442', '5b2'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0443',
    component: ComponentCreator('/standards/ops/scs-0443', '3fa'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0444',
    component: ComponentCreator('/standards/ops/scs-0444', 'c0c'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0445',
    component: ComponentCreator('/standards/ops/scs-0445', '570'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0446',
    component: ComponentCreator('/standards/ops/scs-0446', '4db'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0447',
    component: ComponentCreator('/standards/ops/scs-0447', 'f05'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0448',
    component: ComponentCreator('/standards/ops/scs-0448', 'b3d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0449',
    component: ComponentCreator('/standards/ops/scs-0449', '51c'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0450',
    component: ComponentCreator('/standards/ops/scs-0450', '2d2'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0451',
    component: ComponentCreator('/standards/ops/scs-0451', '06d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0452',
    component: ComponentCreator('/standards/ops/scs-0452', '1b0'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0453',
    component: ComponentCreator('/standards/ops/scs-0453', '585'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0454',
    component: ComponentCreator('/standards/ops/scs-0454', '43b'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0455',
    component: ComponentCreator('/standards/ops/scs-0455', '016'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0456',
    component: ComponentCreator('/standards/ops/scs-0456', '9c6'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0457',
    component: ComponentCreator('/standards/ops/scs-0457', '11d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0458',
    component: ComponentCreator('/standards/ops/scs-0458', '94d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0459',
    component: ComponentCreator('/standards/ops/scs-0459', '26c'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0460',
    component: ComponentCreator('/standards/ops/scs-0460', '046'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0461',
    component: ComponentCreator('/standards/ops/scs-0461', 'b87'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0462',
    component: ComponentCreator('/standards/ops/scs-0462', 'fdf'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0463',
    component: ComponentCreator('/standards/ops/scs-0463', '206'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0464',
    component: ComponentCreator('/standards/ops/scs-0464', 'cab'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0465',
    component: ComponentCreator('/standards/ops/scs-0465', '887'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0466',
    component: ComponentCreator('/standards/ops/scs-0466', 'a50'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0467',
    component: ComponentCreator('/standards/ops/scs-0467', 'e7a'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0468',
    component: ComponentCreator('/standards/ops/scs-0468', 'd9d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0469',
    component: ComponentCreator('/standards/ops/scs-0469', 'ea9'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0470',
    component: ComponentCreator('/standards/ops/scs-0470', '1e9'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0471',
    component: ComponentCreator('/standards/ops/scs-0471', '0af'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0472',
    component: ComponentCreator('/standards/ops/scs-0472', 'a8d'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0473',
    component: ComponentCreator('/standards/ops/scs-0473', '2ea'),
    exact: true
  },
  {
    path: '/standards/ops/scs-0474',
    component: ComponentCreator('/standards/ops/scs-0474', '6cc'),
    exact: true
  },
  {
    path: '/standards/scopes',
    component: ComponentCreator('/standards/scopes', '599'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0500',
    component: ComponentCreator('/standards/scopes/scs-0500', 'd51'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0501',
    component: ComponentCreator('/standards/scopes/scs-0501', 'c71'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0502',
    component: ComponentCreator('/standards/scopes/scs-0502', '833'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0503',
    component: ComponentCreator('/standards/scopes/scs-0503', 'd31'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0504',
    component: ComponentCreator('/standards/scopes/scs-0504', '561'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0505',
    component: ComponentCreator('/standards/scopes/scs-0505', '225'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0506',
    component: ComponentCreator('/standards/scopes/scs-0506', '549'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0507',
    component: ComponentCreator('/standards/scopes/scs-0507', '265'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0508',
    component: ComponentCreator('/standards/scopes/scs-0508', '80e'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0509',
    component: ComponentCreator('/standards/scopes/scs-0509', 'd17'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0510',
    component: ComponentCreator('/standards/scopes/scs-0510', '3e3'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0511',
    component: ComponentCreator('/standards/scopes/scs-0511', '17b'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0512',
    component: ComponentCreator('/standards/scopes/scs-0512', '558'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0513',
    component: ComponentCreator('/standards/scopes/scs-0513', '753'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0514',
    component: ComponentCreator('/standards/scopes/scs-0514', '88b'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0515',
    component: ComponentCreator('/standards/scopes/scs-0515', 'a23'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0516',
    component: ComponentCreator('/standards/scopes/scs-0516', '6b7'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0517',
    component: ComponentCreator('/standards/scopes/scs-0517', '3e8'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0518',
    component: ComponentCreator('/standards/scopes/scs-0518', '1f9'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0519',
    component: ComponentCreator('/standards/scopes/scs-0519', '18b'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0520',
    component: ComponentCreator('/standards/scopes/scs-0520', 'cb0'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0521',
    component: ComponentCreator('/standards/scopes/scs-0521', '8c4'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0522',
    component: ComponentCreator('/standards/scopes/scs-0522', 'eeb'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0523',
    component: ComponentCreator('/standards/scopes/scs-0523', '59c'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0524',
    component: ComponentCreator('/standards/scopes/scs-0524', '634'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0525',
    component: ComponentCreator('/standards/scopes/scs-0525', 'f75'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0526',
    component: ComponentCreator('/standards/scopes/scs-0526', '5ca'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0527',
    component: ComponentCreator('/standards/scopes/scs-0527', '19a'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0528',
    component: ComponentCreator('/standards/scopes/scs-0528', '216'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0529',
    component: ComponentCreator('/standards/scopes/scs-0529', '819'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0530',
    component: ComponentCreator('/standards/scopes/scs-0530', '00d'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0531',
    component: ComponentCreator('/standards/scopes/scs-0531', '262'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0532',
    component: ComponentCreator('/standards/scopes/scs-0532', 'ef5'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0533',
    component: ComponentCreator('/standards/scopes/scs-0533', '2ec'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0534',
    component: ComponentCreator('/standards/scopes/scs-0534', '188'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0535',
    component: ComponentCreator('/standards/scopes/scs-0535', '196'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0536',
    component: ComponentCreator('/standards/scopes/scs-0536', '0ef'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0537',
    component: ComponentCreator('/standards/scopes/scs-0537', 'fe1'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0538',
    component: ComponentCreator('/standards/scopes/scs-0538', '9b4'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0539',
    component: ComponentCreator('/standards/scopes/scs-0539', 'b62'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0540',
    component: ComponentCreator('/standards/scopes/scs-0540', '043'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0541',
    component: ComponentCreator('/standards/scopes/scs-0541', '533'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0542',
    component: ComponentCreator('/standards/scopes/scs-0542', '361'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0543',
    component: ComponentCreator('/standards/scopes/scs-0543', '587'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0544',
    component: ComponentCreator('/standards/scopes/scs-0544', 'ea2'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0545',
    component: ComponentCreator('/standards/scopes/scs-0545', '258'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0546',
    component: ComponentCreator('/standards/scopes/scs-0546', '2d5'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0547',
    component: ComponentCreator('/standards/scopes/scs-0547', '3bf'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0548',
    component: ComponentCreator('/standards/scopes/scs-0548', '3fd'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0549',
    component: ComponentCreator('/standards/scopes/scs-0549', 'f12'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0550',
    component: ComponentCreator('/standards/scopes/scs-0550', '0cf'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0551',
    component: ComponentCreator('/standards/scopes/scs-0551', '508'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0552',
    component: ComponentCreator('/standards/scopes/scs-0552', '68c'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0553',
    component: ComponentCreator('/standards/scopes/scs-0553', '021'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0554',
    component: ComponentCreator('/standards/scopes/scs-0554', 'cd5'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0555',
    component: ComponentCreator('/standards/scopes/scs-0555', 'b86'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0556',
    component: ComponentCreator('/standards/scopes/scs-0556', '4f0'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0557',
    component: ComponentCreator('/standards/scopes/scs-0557', '9f2'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0558',
    component: ComponentCreator('/standards/scopes/scs-0558', 'e4e'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0559',
    component: ComponentCreator('/standards/scopes/scs-0559', '240'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0560',
    component: ComponentCreator('/standards/scopes/scs-0560', 'd46'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0561',
    component: ComponentCreator('/standards/scopes/scs-0561', 'aad'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0562',
    component: ComponentCreator('/standards/scopes/scs-0562', '6b0'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0563',
    component: ComponentCreator('/standards/scopes/scs-0563', 'f82'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0564',
    component: ComponentCreator('/standards/scopes/scs-0564', '3bd'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0565',
    component: ComponentCreator('/standards/scopes/scs-0565', 'f67'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0566',
    component: ComponentCreator('/standards/scopes/scs-0566', 'a33'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0567',
    component: ComponentCreator('/standards/scopes/scs-0567', '0b8'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0568',
    component: ComponentCreator('/standards/scopes/scs-0568', 'dad'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0569',
    component: ComponentCreator('/standards/scopes/scs-0569', '14a'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0570',
    component: ComponentCreator('/standards/scopes/scs-0570', 'e6a'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0571',
    component: ComponentCreator('/standards/scopes/scs-0571', '69d'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0572',
    component: ComponentCreator('/standards/scopes/scs-0572', '71d'),
    exact: true
  },
  {
    path: '/standards/scopes/scs-0573',
    component: ComponentCreator('/standards/scopes/scs-0573', 'c76'),
    exact: true
  },
  {
    path: '/docs',
    component: ComponentCreator('/docs', '13e'),
    routes: [
      {
        path: '/docs',
        component: ComponentCreator('/docs', '009'),
        routes: [
          {
            path: '/docs',
            component: ComponentCreator('/docs', '976'),
            routes: [
              {
                path: '/docs',
                component: ComponentCreator('/docs', 'f7f'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/api',
                component: ComponentCreator('/docs/api', 'df7'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/authoring',
                component: ComponentCreator('/docs/authoring', '605'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/certification-scopes',
                component: ComponentCreator('/docs/certification-scopes', '686'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/contributing',
                component: ComponentCreator('/docs/contributing', '669'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lifecycle',
                component: ComponentCreator('/docs/lifecycle', '24e'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules',
                component: ComponentCreator('/docs/lint-rules', 'dbe'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/attachment-type',
                component: ComponentCreator('/docs/lint-rules/attachment-type', '1de'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/content-safety',
                component: ComponentCreator('/docs/lint-rules/content-safety', '8be'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/curly-quotes',
                component: ComponentCreator('/docs/lint-rules/curly-quotes', '16d'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/double-hyphen',
                component: ComponentCreator('/docs/lint-rules/double-hyphen', 'b22'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/external-links',
                component: ComponentCreator('/docs/lint-rules/external-links', 'a48'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/file-encoding',
                component: ComponentCreator('/docs/lint-rules/file-encoding', 'f2a'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/file-name',
                component: ComponentCreator('/docs/lint-rules/file-name', '88f'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/file-size',
                component: ComponentCreator('/docs/lint-rules/file-size', '906'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/file-symlink',
                component: ComponentCreator('/docs/lint-rules/file-symlink', '28e'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/front-matter-canonical-form',
                component: ComponentCreator('/docs/lint-rules/front-matter-canonical-form', '400'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/front-matter-duplicate-key',
                component: ComponentCreator('/docs/lint-rules/front-matter-duplicate-key', '6ce'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/front-matter-required',
                component: ComponentCreator('/docs/lint-rules/front-matter-required', '795'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/front-matter-syntax',
                component: ComponentCreator('/docs/lint-rules/front-matter-syntax', '686'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/front-matter-unknown-key',
                component: ComponentCreator('/docs/lint-rules/front-matter-unknown-key', '8db'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/front-matter-value',
                component: ComponentCreator('/docs/lint-rules/front-matter-value', '193'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/heading-levels',
                component: ComponentCreator('/docs/lint-rules/heading-levels', '2e5'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/history-change-scope',
                component: ComponentCreator('/docs/lint-rules/history-change-scope', '89e'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/history-lifecycle-date',
                component: ComponentCreator('/docs/lint-rules/history-lifecycle-date', '109'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/history-renamed-document',
                component: ComponentCreator('/docs/lint-rules/history-renamed-document', '066'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/history-stable-body',
                component: ComponentCreator('/docs/lint-rules/history-stable-body', '348'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/history-status-transition',
                component: ComponentCreator('/docs/lint-rules/history-status-transition', '204'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/lifecycle-date-order',
                component: ComponentCreator('/docs/lint-rules/lifecycle-date-order', 'bc6'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/lifecycle-replaced-by',
                component: ComponentCreator('/docs/lint-rules/lifecycle-replaced-by', '5cc'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/lifecycle-required-date',
                component: ComponentCreator('/docs/lint-rules/lifecycle-required-date', 'a9c'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/link-leaves-folder',
                component: ComponentCreator('/docs/lint-rules/link-leaves-folder', 'b9f'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/link-target',
                component: ComponentCreator('/docs/lint-rules/link-target', '8f0'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/link-text',
                component: ComponentCreator('/docs/lint-rules/link-text', '86a'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/markdown-style',
                component: ComponentCreator('/docs/lint-rules/markdown-style', '2db'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/mdx-syntax',
                component: ComponentCreator('/docs/lint-rules/mdx-syntax', '077'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/proposal-draft',
                component: ComponentCreator('/docs/lint-rules/proposal-draft', '297'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/reference-exists',
                component: ComponentCreator('/docs/lint-rules/reference-exists', 'e3d'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/replaced-by-recommended',
                component: ComponentCreator('/docs/lint-rules/replaced-by-recommended', '43c'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/replaced-by-required',
                component: ComponentCreator('/docs/lint-rules/replaced-by-required', 'c3a'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/replacement-symmetry',
                component: ComponentCreator('/docs/lint-rules/replacement-symmetry', '848'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/replaces-predecessor',
                component: ComponentCreator('/docs/lint-rules/replaces-predecessor', 'b93'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/required-sections',
                component: ComponentCreator('/docs/lint-rules/required-sections', 'dff'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/resource-limit',
                component: ComponentCreator('/docs/lint-rules/resource-limit', '11a'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/scope-reference',
                component: ComponentCreator('/docs/lint-rules/scope-reference', '31f'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/scope-schema',
                component: ComponentCreator('/docs/lint-rules/scope-schema', 'c26'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/scope-standard',
                component: ComponentCreator('/docs/lint-rules/scope-standard', 'cde'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/scope-standard-state',
                component: ComponentCreator('/docs/lint-rules/scope-standard-state', '95c'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/scope-syntax',
                component: ComponentCreator('/docs/lint-rules/scope-syntax', '429'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/scope-timeline',
                component: ComponentCreator('/docs/lint-rules/scope-timeline', '776'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/scope-unique-id',
                component: ComponentCreator('/docs/lint-rules/scope-unique-id', 'a24'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/single-stable-version',
                component: ComponentCreator('/docs/lint-rules/single-stable-version', 'fa0'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/track-matches-number',
                component: ComponentCreator('/docs/lint-rules/track-matches-number', '41b'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/trailing-spaces',
                component: ComponentCreator('/docs/lint-rules/trailing-spaces', 'd4e'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/lint-rules/unique-version',
                component: ComponentCreator('/docs/lint-rules/unique-version', 'a5b'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/linting',
                component: ComponentCreator('/docs/linting', 'b4f'),
                exact: true,
                sidebar: "handbook"
              },
              {
                path: '/docs/reading-standards',
                component: ComponentCreator('/docs/reading-standards', '9f9'),
                exact: true,
                sidebar: "handbook"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    path: '/standards',
    component: ComponentCreator('/standards', '991'),
    routes: [
      {
        path: '/standards',
        component: ComponentCreator('/standards', 'd1a'),
        routes: [
          {
            path: '/standards',
            component: ComponentCreator('/standards', '632'),
            routes: [
              {
                path: '/standards/scs-0000-v1-role-replication-image',
                component: ComponentCreator('/standards/scs-0000-v1-role-replication-image', 'c2c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0001-v1-federation-catalog',
                component: ComponentCreator('/standards/scs-0001-v1-federation-catalog', 'be2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0001-v2-federation-catalog',
                component: ComponentCreator('/standards/scs-0001-v2-federation-catalog', '430'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0001-v3-federation-catalog',
                component: ComponentCreator('/standards/scs-0001-v3-federation-catalog', '1ac'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0002-v1-time-upgrade-endpoint',
                component: ComponentCreator('/standards/scs-0002-v1-time-upgrade-endpoint', '7e2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0002-v2-time-upgrade-endpoint',
                component: ComponentCreator('/standards/scs-0002-v2-time-upgrade-endpoint', 'f7b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0002-v3-time-upgrade-endpoint',
                component: ComponentCreator('/standards/scs-0002-v3-time-upgrade-endpoint', '585'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0002-w1-time-upgrade-endpoint-implementation-notes',
                component: ComponentCreator('/standards/scs-0002-w1-time-upgrade-endpoint-implementation-notes', 'a55'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0003-v1-federation-time-policy',
                component: ComponentCreator('/standards/scs-0003-v1-federation-time-policy', '572'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0004-v1-quota-entropy-ingress',
                component: ComponentCreator('/standards/scs-0004-v1-quota-entropy-ingress', '5bd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0004-v2-quota-entropy-ingress',
                component: ComponentCreator('/standards/scs-0004-v2-quota-entropy-ingress', '035'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0004-v3-quota-entropy-ingress',
                component: ComponentCreator('/standards/scs-0004-v3-quota-entropy-ingress', 'd5a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0004-w1-quota-entropy-ingress-implementation-notes',
                component: ComponentCreator('/standards/scs-0004-w1-quota-entropy-ingress-implementation-notes', '0a5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0005-v1-firmware-tenant',
                component: ComponentCreator('/standards/scs-0005-v1-firmware-tenant', '780'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0005-v2-firmware-tenant',
                component: ComponentCreator('/standards/scs-0005-v2-firmware-tenant', '8fe'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0006-v1-storage-upgrade-network',
                component: ComponentCreator('/standards/scs-0006-v1-storage-upgrade-network', '44b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0007-v1-firmware-scheduler',
                component: ComponentCreator('/standards/scs-0007-v1-firmware-scheduler', '33e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0008-v1-role-hypervisor-snapshot',
                component: ComponentCreator('/standards/scs-0008-v1-role-hypervisor-snapshot', 'fac'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0008-v2-role-hypervisor-snapshot',
                component: ComponentCreator('/standards/scs-0008-v2-role-hypervisor-snapshot', 'd9a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0009-v1-firmware-region-encryption',
                component: ComponentCreator('/standards/scs-0009-v1-firmware-region-encryption', '81d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0009-v2-firmware-region-encryption',
                component: ComponentCreator('/standards/scs-0009-v2-firmware-region-encryption', 'dc3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0009-v3-firmware-region-encryption',
                component: ComponentCreator('/standards/scs-0009-v3-firmware-region-encryption', '0e5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0009-v4-firmware-region-encryption',
                component: ComponentCreator('/standards/scs-0009-v4-firmware-region-encryption', '1b4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0010-v1-version-balancer',
                component: ComponentCreator('/standards/scs-0010-v1-version-balancer', 'cfc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0011-v1-registry-metadata',
                component: ComponentCreator('/standards/scs-0011-v1-registry-metadata', '3dd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0012-v1-secret-role-volume',
                component: ComponentCreator('/standards/scs-0012-v1-secret-role-volume', '2ee'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0012-v2-secret-role-volume',
                component: ComponentCreator('/standards/scs-0012-v2-secret-role-volume', '5f5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0012-v3-secret-role-volume',
                component: ComponentCreator('/standards/scs-0012-v3-secret-role-volume', '5c7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0012-v4-secret-role-volume',
                component: ComponentCreator('/standards/scs-0012-v4-secret-role-volume', '009'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0012-w1-secret-role-volume-implementation-notes',
                component: ComponentCreator('/standards/scs-0012-w1-secret-role-volume-implementation-notes', '826'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0013-v1-dns-audit',
                component: ComponentCreator('/standards/scs-0013-v1-dns-audit', 'd13'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0013-v2-dns-audit',
                component: ComponentCreator('/standards/scs-0013-v2-dns-audit', '43a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0014-v1-quota-region-policy',
                component: ComponentCreator('/standards/scs-0014-v1-quota-region-policy', '367'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0014-v2-quota-region-policy',
                component: ComponentCreator('/standards/scs-0014-v2-quota-region-policy', 'f8d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0015-v1-tenant-endpoint',
                component: ComponentCreator('/standards/scs-0015-v1-tenant-endpoint', '8bc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0016-v1-router-storage-federation',
                component: ComponentCreator('/standards/scs-0016-v1-router-storage-federation', '00c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0017-v1-snapshot-catalog',
                component: ComponentCreator('/standards/scs-0017-v1-snapshot-catalog', '67f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0018-v1-node-federation',
                component: ComponentCreator('/standards/scs-0018-v1-node-federation', '61d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0018-v2-node-federation',
                component: ComponentCreator('/standards/scs-0018-v2-node-federation', '79d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0019-v1-federation-storage',
                component: ComponentCreator('/standards/scs-0019-v1-federation-storage', '2e8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0020-v1-snapshot-flavor',
                component: ComponentCreator('/standards/scs-0020-v1-snapshot-flavor', 'f27'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0020-v2-snapshot-flavor',
                component: ComponentCreator('/standards/scs-0020-v2-snapshot-flavor', '147'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0020-v3-snapshot-flavor',
                component: ComponentCreator('/standards/scs-0020-v3-snapshot-flavor', '840'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0021-v1-router-secret',
                component: ComponentCreator('/standards/scs-0021-v1-router-secret', '29e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0021-v2-router-secret',
                component: ComponentCreator('/standards/scs-0021-v2-router-secret', '9ac'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0022-v1-metadata-time-naming',
                component: ComponentCreator('/standards/scs-0022-v1-metadata-time-naming', 'b42'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0022-v2-metadata-time-naming',
                component: ComponentCreator('/standards/scs-0022-v2-metadata-time-naming', 'a96'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0023-v1-time-audit-volume',
                component: ComponentCreator('/standards/scs-0023-v1-time-audit-volume', '4d2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0024-v1-policy-replication',
                component: ComponentCreator('/standards/scs-0024-v1-policy-replication', '6d5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0024-v2-policy-replication',
                component: ComponentCreator('/standards/scs-0024-v2-policy-replication', '025'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0024-v3-policy-replication',
                component: ComponentCreator('/standards/scs-0024-v3-policy-replication', 'aa3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0024-v4-policy-replication',
                component: ComponentCreator('/standards/scs-0024-v4-policy-replication', '76f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0024-w1-policy-replication-implementation-notes',
                component: ComponentCreator('/standards/scs-0024-w1-policy-replication-implementation-notes', 'df8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0025-v1-gateway-volume-zone',
                component: ComponentCreator('/standards/scs-0025-v1-gateway-volume-zone', 'd84'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0025-v2-gateway-volume-zone',
                component: ComponentCreator('/standards/scs-0025-v2-gateway-volume-zone', '86d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0025-w1-gateway-volume-zone-implementation-notes',
                component: ComponentCreator('/standards/scs-0025-w1-gateway-volume-zone-implementation-notes', '155'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0026-v1-flavor-dns-tenant',
                component: ComponentCreator('/standards/scs-0026-v1-flavor-dns-tenant', '1b9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0026-v2-flavor-dns-tenant',
                component: ComponentCreator('/standards/scs-0026-v2-flavor-dns-tenant', '7e2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0026-v3-flavor-dns-tenant',
                component: ComponentCreator('/standards/scs-0026-v3-flavor-dns-tenant', '518'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0026-v4-flavor-dns-tenant',
                component: ComponentCreator('/standards/scs-0026-v4-flavor-dns-tenant', '0f6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0026-w1-flavor-dns-tenant-implementation-notes',
                component: ComponentCreator('/standards/scs-0026-w1-flavor-dns-tenant-implementation-notes', '44f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0027-v1-federation-certificate',
                component: ComponentCreator('/standards/scs-0027-v1-federation-certificate', 'b03'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0027-v2-federation-certificate',
                component: ComponentCreator('/standards/scs-0027-v2-federation-certificate', '71e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0027-v3-federation-certificate',
                component: ComponentCreator('/standards/scs-0027-v3-federation-certificate', '335'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0028-v1-naming-hypervisor',
                component: ComponentCreator('/standards/scs-0028-v1-naming-hypervisor', '85c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0028-v2-naming-hypervisor',
                component: ComponentCreator('/standards/scs-0028-v2-naming-hypervisor', '561'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0028-v3-naming-hypervisor',
                component: ComponentCreator('/standards/scs-0028-v3-naming-hypervisor', '74e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0029-v1-network-zone',
                component: ComponentCreator('/standards/scs-0029-v1-network-zone', '0e7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0030-v1-dns-certificate',
                component: ComponentCreator('/standards/scs-0030-v1-dns-certificate', '520'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0030-v2-dns-certificate',
                component: ComponentCreator('/standards/scs-0030-v2-dns-certificate', '8da'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0030-w1-dns-certificate-implementation-notes',
                component: ComponentCreator('/standards/scs-0030-w1-dns-certificate-implementation-notes', '11a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0031-v1-endpoint-volume-project',
                component: ComponentCreator('/standards/scs-0031-v1-endpoint-volume-project', '0aa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0031-v2-endpoint-volume-project',
                component: ComponentCreator('/standards/scs-0031-v2-endpoint-volume-project', '64b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0031-v3-endpoint-volume-project',
                component: ComponentCreator('/standards/scs-0031-v3-endpoint-volume-project', '3ee'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0032-v1-domain-hypervisor-certificate',
                component: ComponentCreator('/standards/scs-0032-v1-domain-hypervisor-certificate', '24e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0033-v1-policy-role-replication',
                component: ComponentCreator('/standards/scs-0033-v1-policy-role-replication', '302'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0033-v2-policy-role-replication',
                component: ComponentCreator('/standards/scs-0033-v2-policy-role-replication', 'dbc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0033-v3-policy-role-replication',
                component: ComponentCreator('/standards/scs-0033-v3-policy-role-replication', '372'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0034-v1-backup-naming',
                component: ComponentCreator('/standards/scs-0034-v1-backup-naming', '0d0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0034-v2-backup-naming',
                component: ComponentCreator('/standards/scs-0034-v2-backup-naming', 'b16'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0034-w1-backup-naming-implementation-notes',
                component: ComponentCreator('/standards/scs-0034-w1-backup-naming-implementation-notes', '181'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0035-v1-time-flavor',
                component: ComponentCreator('/standards/scs-0035-v1-time-flavor', '685'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0036-v1-replication-endpoint',
                component: ComponentCreator('/standards/scs-0036-v1-replication-endpoint', 'b4b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0036-v2-replication-endpoint',
                component: ComponentCreator('/standards/scs-0036-v2-replication-endpoint', 'd97'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0036-v3-replication-endpoint',
                component: ComponentCreator('/standards/scs-0036-v3-replication-endpoint', '18c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0037-v1-registry-certificate',
                component: ComponentCreator('/standards/scs-0037-v1-registry-certificate', '4f2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0037-v2-registry-certificate',
                component: ComponentCreator('/standards/scs-0037-v2-registry-certificate', '6b2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0038-v1-backup-tenant-status',
                component: ComponentCreator('/standards/scs-0038-v1-backup-tenant-status', '5c7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0038-v2-backup-tenant-status',
                component: ComponentCreator('/standards/scs-0038-v2-backup-tenant-status', 'cef'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0039-v1-project-metrics',
                component: ComponentCreator('/standards/scs-0039-v1-project-metrics', 'da8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0040-v1-encryption-image',
                component: ComponentCreator('/standards/scs-0040-v1-encryption-image', 'd5b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0040-v2-encryption-image',
                component: ComponentCreator('/standards/scs-0040-v2-encryption-image', 'd78'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0040-v3-encryption-image',
                component: ComponentCreator('/standards/scs-0040-v3-encryption-image', '823'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0041-v1-scheduler-flavor-logging',
                component: ComponentCreator('/standards/scs-0041-v1-scheduler-flavor-logging', 'e67'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0041-v2-scheduler-flavor-logging',
                component: ComponentCreator('/standards/scs-0041-v2-scheduler-flavor-logging', '32c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0042-v1-ingress-upgrade-secret',
                component: ComponentCreator('/standards/scs-0042-v1-ingress-upgrade-secret', 'ff7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0042-v2-ingress-upgrade-secret',
                component: ComponentCreator('/standards/scs-0042-v2-ingress-upgrade-secret', '071'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0042-w1-ingress-upgrade-secret-implementation-notes',
                component: ComponentCreator('/standards/scs-0042-w1-ingress-upgrade-secret-implementation-notes', '6a4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0043-v1-endpoint-backup-volume',
                component: ComponentCreator('/standards/scs-0043-v1-endpoint-backup-volume', '542'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0044-v1-node-replication-encryption',
                component: ComponentCreator('/standards/scs-0044-v1-node-replication-encryption', '700'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0044-v2-node-replication-encryption',
                component: ComponentCreator('/standards/scs-0044-v2-node-replication-encryption', '703'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0044-v3-node-replication-encryption',
                component: ComponentCreator('/standards/scs-0044-v3-node-replication-encryption', 'c2d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0045-v1-router-certificate-firmware',
                component: ComponentCreator('/standards/scs-0045-v1-router-certificate-firmware', '91b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0046-v1-version-project',
                component: ComponentCreator('/standards/scs-0046-v1-version-project', '545'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0046-v2-version-project',
                component: ComponentCreator('/standards/scs-0046-v2-version-project', '42c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0047-v1-flavor-status',
                component: ComponentCreator('/standards/scs-0047-v1-flavor-status', '345'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0047-v2-flavor-status',
                component: ComponentCreator('/standards/scs-0047-v2-flavor-status', 'b4e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0047-v3-flavor-status',
                component: ComponentCreator('/standards/scs-0047-v3-flavor-status', '74e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0047-w1-flavor-status-implementation-notes',
                component: ComponentCreator('/standards/scs-0047-w1-flavor-status-implementation-notes', '69c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0048-v1-upgrade-volume-flavor',
                component: ComponentCreator('/standards/scs-0048-v1-upgrade-volume-flavor', '3fc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0049-v1-metadata-balancer',
                component: ComponentCreator('/standards/scs-0049-v1-metadata-balancer', '59c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0049-v2-metadata-balancer',
                component: ComponentCreator('/standards/scs-0049-v2-metadata-balancer', '922'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0050-v1-snapshot-replication',
                component: ComponentCreator('/standards/scs-0050-v1-snapshot-replication', 'da7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0050-v2-snapshot-replication',
                component: ComponentCreator('/standards/scs-0050-v2-snapshot-replication', 'abf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0051-v1-version-gateway-time',
                component: ComponentCreator('/standards/scs-0051-v1-version-gateway-time', 'a04'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0051-v2-version-gateway-time',
                component: ComponentCreator('/standards/scs-0051-v2-version-gateway-time', 'bcd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0051-v3-version-gateway-time',
                component: ComponentCreator('/standards/scs-0051-v3-version-gateway-time', '2a7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0052-v1-scheduler-storage-backup',
                component: ComponentCreator('/standards/scs-0052-v1-scheduler-storage-backup', 'c5a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0053-v1-tenant-ingress',
                component: ComponentCreator('/standards/scs-0053-v1-tenant-ingress', '61f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0053-v2-tenant-ingress',
                component: ComponentCreator('/standards/scs-0053-v2-tenant-ingress', '475'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0053-v3-tenant-ingress',
                component: ComponentCreator('/standards/scs-0053-v3-tenant-ingress', 'c02'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0054-v1-version-snapshot-naming',
                component: ComponentCreator('/standards/scs-0054-v1-version-snapshot-naming', '2ce'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0055-v1-role-certificate-volume',
                component: ComponentCreator('/standards/scs-0055-v1-role-certificate-volume', 'c23'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0056-v1-ingress-secret-upgrade',
                component: ComponentCreator('/standards/scs-0056-v1-ingress-secret-upgrade', 'c69'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0056-v2-ingress-secret-upgrade',
                component: ComponentCreator('/standards/scs-0056-v2-ingress-secret-upgrade', 'f6e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0057-v1-upgrade-storage-router',
                component: ComponentCreator('/standards/scs-0057-v1-upgrade-storage-router', '90a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0058-v1-placement-network',
                component: ComponentCreator('/standards/scs-0058-v1-placement-network', 'c94'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0058-v2-placement-network',
                component: ComponentCreator('/standards/scs-0058-v2-placement-network', '78f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0058-w1-placement-network-implementation-notes',
                component: ComponentCreator('/standards/scs-0058-w1-placement-network-implementation-notes', '432'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0059-v1-time-upgrade-hypervisor',
                component: ComponentCreator('/standards/scs-0059-v1-time-upgrade-hypervisor', '717'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0059-v2-time-upgrade-hypervisor',
                component: ComponentCreator('/standards/scs-0059-v2-time-upgrade-hypervisor', 'd30'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0059-w1-time-upgrade-hypervisor-implementation-notes',
                component: ComponentCreator('/standards/scs-0059-w1-time-upgrade-hypervisor-implementation-notes', 'e5a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0060-v1-ingress-audit',
                component: ComponentCreator('/standards/scs-0060-v1-ingress-audit', '1b2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0060-v2-ingress-audit',
                component: ComponentCreator('/standards/scs-0060-v2-ingress-audit', '3ac'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0060-w1-ingress-audit-implementation-notes',
                component: ComponentCreator('/standards/scs-0060-w1-ingress-audit-implementation-notes', '0f6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0061-v1-volume-router',
                component: ComponentCreator('/standards/scs-0061-v1-volume-router', '022'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0061-v2-volume-router',
                component: ComponentCreator('/standards/scs-0061-v2-volume-router', '559'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0061-v3-volume-router',
                component: ComponentCreator('/standards/scs-0061-v3-volume-router', '35a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0061-v4-volume-router',
                component: ComponentCreator('/standards/scs-0061-v4-volume-router', '82e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0062-v1-quota-balancer-backup',
                component: ComponentCreator('/standards/scs-0062-v1-quota-balancer-backup', '06e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0063-v1-certificate-project-endpoint',
                component: ComponentCreator('/standards/scs-0063-v1-certificate-project-endpoint', 'c96'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0064-v1-endpoint-network-secret',
                component: ComponentCreator('/standards/scs-0064-v1-endpoint-network-secret', '1b2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0064-v2-endpoint-network-secret',
                component: ComponentCreator('/standards/scs-0064-v2-endpoint-network-secret', 'e12'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0064-v3-endpoint-network-secret',
                component: ComponentCreator('/standards/scs-0064-v3-endpoint-network-secret', '24a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0065-v1-policy-volume',
                component: ComponentCreator('/standards/scs-0065-v1-policy-volume', 'efa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0066-v1-ingress-storage',
                component: ComponentCreator('/standards/scs-0066-v1-ingress-storage', '970'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0066-v2-ingress-storage',
                component: ComponentCreator('/standards/scs-0066-v2-ingress-storage', '734'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0066-v3-ingress-storage',
                component: ComponentCreator('/standards/scs-0066-v3-ingress-storage', '482'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0066-v4-ingress-storage',
                component: ComponentCreator('/standards/scs-0066-v4-ingress-storage', '95f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0067-v1-domain-hypervisor-federation',
                component: ComponentCreator('/standards/scs-0067-v1-domain-hypervisor-federation', 'd1a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0067-v2-domain-hypervisor-federation',
                component: ComponentCreator('/standards/scs-0067-v2-domain-hypervisor-federation', 'aed'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0068-v1-firmware-secret-zone',
                component: ComponentCreator('/standards/scs-0068-v1-firmware-secret-zone', 'ca1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0069-v1-firmware-balancer-role',
                component: ComponentCreator('/standards/scs-0069-v1-firmware-balancer-role', '648'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0070-v1-router-logging-metrics',
                component: ComponentCreator('/standards/scs-0070-v1-router-logging-metrics', '851'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0071-v1-registry-storage-naming',
                component: ComponentCreator('/standards/scs-0071-v1-registry-storage-naming', 'a58'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0072-v1-policy-registry',
                component: ComponentCreator('/standards/scs-0072-v1-policy-registry', '015'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0072-v2-policy-registry',
                component: ComponentCreator('/standards/scs-0072-v2-policy-registry', '8b2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0072-w1-policy-registry-implementation-notes',
                component: ComponentCreator('/standards/scs-0072-w1-policy-registry-implementation-notes', 'f48'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0073-v1-hypervisor-role-region',
                component: ComponentCreator('/standards/scs-0073-v1-hypervisor-role-region', '7d1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0074-v1-project-snapshot-naming',
                component: ComponentCreator('/standards/scs-0074-v1-project-snapshot-naming', 'd6d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0100-v1-metrics-image-audit',
                component: ComponentCreator('/standards/scs-0100-v1-metrics-image-audit', '6fc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0100-v2-metrics-image-audit',
                component: ComponentCreator('/standards/scs-0100-v2-metrics-image-audit', '6ae'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0100-w1-metrics-image-audit-implementation-notes',
                component: ComponentCreator('/standards/scs-0100-w1-metrics-image-audit-implementation-notes', '5fc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0101-v1-entropy-volume-hypervisor',
                component: ComponentCreator('/standards/scs-0101-v1-entropy-volume-hypervisor', '801'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0102-v1-balancer-status-zone',
                component: ComponentCreator('/standards/scs-0102-v1-balancer-status-zone', 'c4c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0102-v2-balancer-status-zone',
                component: ComponentCreator('/standards/scs-0102-v2-balancer-status-zone', 'c13'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0103-v1-certificate-volume-scheduler',
                component: ComponentCreator('/standards/scs-0103-v1-certificate-volume-scheduler', 'd17'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0104-v1-flavor-placement-image',
                component: ComponentCreator('/standards/scs-0104-v1-flavor-placement-image', '5d6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0105-v1-gateway-version',
                component: ComponentCreator('/standards/scs-0105-v1-gateway-version', '42b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0106-v1-volume-backup-entropy',
                component: ComponentCreator('/standards/scs-0106-v1-volume-backup-entropy', '83b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0106-v2-volume-backup-entropy',
                component: ComponentCreator('/standards/scs-0106-v2-volume-backup-entropy', '6b9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0106-v3-volume-backup-entropy',
                component: ComponentCreator('/standards/scs-0106-v3-volume-backup-entropy', '323'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0106-v4-volume-backup-entropy',
                component: ComponentCreator('/standards/scs-0106-v4-volume-backup-entropy', '4b3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0107-v1-flavor-entropy-domain',
                component: ComponentCreator('/standards/scs-0107-v1-flavor-entropy-domain', 'd29'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0107-v2-flavor-entropy-domain',
                component: ComponentCreator('/standards/scs-0107-v2-flavor-entropy-domain', '243'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0108-v1-status-policy',
                component: ComponentCreator('/standards/scs-0108-v1-status-policy', '74f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0108-v2-status-policy',
                component: ComponentCreator('/standards/scs-0108-v2-status-policy', '9a0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0108-v3-status-policy',
                component: ComponentCreator('/standards/scs-0108-v3-status-policy', '22f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0109-v1-region-flavor-role',
                component: ComponentCreator('/standards/scs-0109-v1-region-flavor-role', '867'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0110-v1-flavor-image-secret',
                component: ComponentCreator('/standards/scs-0110-v1-flavor-image-secret', 'c46'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0111-v1-audit-node-gateway',
                component: ComponentCreator('/standards/scs-0111-v1-audit-node-gateway', '079'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0111-v2-audit-node-gateway',
                component: ComponentCreator('/standards/scs-0111-v2-audit-node-gateway', 'c6b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0111-w1-audit-node-gateway-implementation-notes',
                component: ComponentCreator('/standards/scs-0111-w1-audit-node-gateway-implementation-notes', 'a5a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0112-v1-encryption-volume',
                component: ComponentCreator('/standards/scs-0112-v1-encryption-volume', 'fa9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0112-v2-encryption-volume',
                component: ComponentCreator('/standards/scs-0112-v2-encryption-volume', '5ea'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0112-v3-encryption-volume',
                component: ComponentCreator('/standards/scs-0112-v3-encryption-volume', '71b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0112-w1-encryption-volume-implementation-notes',
                component: ComponentCreator('/standards/scs-0112-w1-encryption-volume-implementation-notes', 'a01'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0113-v1-entropy-region-certificate',
                component: ComponentCreator('/standards/scs-0113-v1-entropy-region-certificate', '01e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0114-v1-certificate-project-domain',
                component: ComponentCreator('/standards/scs-0114-v1-certificate-project-domain', '47e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0115-v1-metadata-logging',
                component: ComponentCreator('/standards/scs-0115-v1-metadata-logging', '98a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0116-v1-registry-time',
                component: ComponentCreator('/standards/scs-0116-v1-registry-time', 'bfb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0116-v2-registry-time',
                component: ComponentCreator('/standards/scs-0116-v2-registry-time', 'd03'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0116-w1-registry-time-implementation-notes',
                component: ComponentCreator('/standards/scs-0116-w1-registry-time-implementation-notes', 'ecb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0117-v1-node-volume',
                component: ComponentCreator('/standards/scs-0117-v1-node-volume', '8b3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0118-v1-tenant-quota-domain',
                component: ComponentCreator('/standards/scs-0118-v1-tenant-quota-domain', 'c1d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0118-v2-tenant-quota-domain',
                component: ComponentCreator('/standards/scs-0118-v2-tenant-quota-domain', 'cd4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0118-w1-tenant-quota-domain-implementation-notes',
                component: ComponentCreator('/standards/scs-0118-w1-tenant-quota-domain-implementation-notes', 'ee2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0119-v1-upgrade-project-version',
                component: ComponentCreator('/standards/scs-0119-v1-upgrade-project-version', 'd2b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0119-v2-upgrade-project-version',
                component: ComponentCreator('/standards/scs-0119-v2-upgrade-project-version', 'cfd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0119-w1-upgrade-project-version-implementation-notes',
                component: ComponentCreator('/standards/scs-0119-w1-upgrade-project-version-implementation-notes', '328'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0120-v1-router-snapshot-endpoint',
                component: ComponentCreator('/standards/scs-0120-v1-router-snapshot-endpoint', 'd1d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0120-v2-router-snapshot-endpoint',
                component: ComponentCreator('/standards/scs-0120-v2-router-snapshot-endpoint', 'efe'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0120-v3-router-snapshot-endpoint',
                component: ComponentCreator('/standards/scs-0120-v3-router-snapshot-endpoint', 'e5f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0121-v1-flavor-tenant-region',
                component: ComponentCreator('/standards/scs-0121-v1-flavor-tenant-region', '8a5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0122-v1-naming-snapshot-zone',
                component: ComponentCreator('/standards/scs-0122-v1-naming-snapshot-zone', '762'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0122-v2-naming-snapshot-zone',
                component: ComponentCreator('/standards/scs-0122-v2-naming-snapshot-zone', 'edc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0122-v3-naming-snapshot-zone',
                component: ComponentCreator('/standards/scs-0122-v3-naming-snapshot-zone', '91a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0122-v4-naming-snapshot-zone',
                component: ComponentCreator('/standards/scs-0122-v4-naming-snapshot-zone', '35e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0122-w1-naming-snapshot-zone-implementation-notes',
                component: ComponentCreator('/standards/scs-0122-w1-naming-snapshot-zone-implementation-notes', '5d2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0123-v1-volume-firmware',
                component: ComponentCreator('/standards/scs-0123-v1-volume-firmware', 'e13'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0123-v2-volume-firmware',
                component: ComponentCreator('/standards/scs-0123-v2-volume-firmware', 'c87'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0123-v3-volume-firmware',
                component: ComponentCreator('/standards/scs-0123-v3-volume-firmware', '5ae'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0123-v4-volume-firmware',
                component: ComponentCreator('/standards/scs-0123-v4-volume-firmware', '1b4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0124-v1-project-network',
                component: ComponentCreator('/standards/scs-0124-v1-project-network', '080'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0124-v2-project-network',
                component: ComponentCreator('/standards/scs-0124-v2-project-network', 'e66'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0124-v3-project-network',
                component: ComponentCreator('/standards/scs-0124-v3-project-network', '9bf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0125-v1-certificate-node-ingress',
                component: ComponentCreator('/standards/scs-0125-v1-certificate-node-ingress', '55c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0125-v2-certificate-node-ingress',
                component: ComponentCreator('/standards/scs-0125-v2-certificate-node-ingress', 'a75'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0125-w1-certificate-node-ingress-implementation-notes',
                component: ComponentCreator('/standards/scs-0125-w1-certificate-node-ingress-implementation-notes', 'c2c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0126-v1-backup-metrics-status',
                component: ComponentCreator('/standards/scs-0126-v1-backup-metrics-status', '543'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0126-v2-backup-metrics-status',
                component: ComponentCreator('/standards/scs-0126-v2-backup-metrics-status', 'bcb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0126-v3-backup-metrics-status',
                component: ComponentCreator('/standards/scs-0126-v3-backup-metrics-status', 'a4e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0127-v1-flavor-tenant',
                component: ComponentCreator('/standards/scs-0127-v1-flavor-tenant', 'bc2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0127-v2-flavor-tenant',
                component: ComponentCreator('/standards/scs-0127-v2-flavor-tenant', '7ce'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0127-v3-flavor-tenant',
                component: ComponentCreator('/standards/scs-0127-v3-flavor-tenant', 'c25'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0127-w1-flavor-tenant-implementation-notes',
                component: ComponentCreator('/standards/scs-0127-w1-flavor-tenant-implementation-notes', '5bd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0128-v1-hypervisor-flavor',
                component: ComponentCreator('/standards/scs-0128-v1-hypervisor-flavor', '44d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0128-v2-hypervisor-flavor',
                component: ComponentCreator('/standards/scs-0128-v2-hypervisor-flavor', '755'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0128-v3-hypervisor-flavor',
                component: ComponentCreator('/standards/scs-0128-v3-hypervisor-flavor', '1a8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0128-v4-hypervisor-flavor',
                component: ComponentCreator('/standards/scs-0128-v4-hypervisor-flavor', '27c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0129-v1-role-metadata',
                component: ComponentCreator('/standards/scs-0129-v1-role-metadata', '0a4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0129-v2-role-metadata',
                component: ComponentCreator('/standards/scs-0129-v2-role-metadata', '1b9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0129-v3-role-metadata',
                component: ComponentCreator('/standards/scs-0129-v3-role-metadata', '9f8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0129-v4-role-metadata',
                component: ComponentCreator('/standards/scs-0129-v4-role-metadata', 'b4c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0130-v1-federation-hypervisor-image',
                component: ComponentCreator('/standards/scs-0130-v1-federation-hypervisor-image', 'b14'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0130-v2-federation-hypervisor-image',
                component: ComponentCreator('/standards/scs-0130-v2-federation-hypervisor-image', 'a74'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0130-v3-federation-hypervisor-image',
                component: ComponentCreator('/standards/scs-0130-v3-federation-hypervisor-image', 'd86'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0131-v1-project-node-endpoint',
                component: ComponentCreator('/standards/scs-0131-v1-project-node-endpoint', '0d3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0132-v1-balancer-dns',
                component: ComponentCreator('/standards/scs-0132-v1-balancer-dns', '40a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0132-v2-balancer-dns',
                component: ComponentCreator('/standards/scs-0132-v2-balancer-dns', '40d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0132-v3-balancer-dns',
                component: ComponentCreator('/standards/scs-0132-v3-balancer-dns', '528'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0133-v1-time-entropy-balancer',
                component: ComponentCreator('/standards/scs-0133-v1-time-entropy-balancer', 'db3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0133-v2-time-entropy-balancer',
                component: ComponentCreator('/standards/scs-0133-v2-time-entropy-balancer', 'e6b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0133-v3-time-entropy-balancer',
                component: ComponentCreator('/standards/scs-0133-v3-time-entropy-balancer', '073'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0134-v1-volume-federation',
                component: ComponentCreator('/standards/scs-0134-v1-volume-federation', '8ea'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0134-v2-volume-federation',
                component: ComponentCreator('/standards/scs-0134-v2-volume-federation', '5af'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0134-v3-volume-federation',
                component: ComponentCreator('/standards/scs-0134-v3-volume-federation', '192'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0134-v4-volume-federation',
                component: ComponentCreator('/standards/scs-0134-v4-volume-federation', '6a6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0134-w1-volume-federation-implementation-notes',
                component: ComponentCreator('/standards/scs-0134-w1-volume-federation-implementation-notes', '552'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0135-v1-tenant-metrics',
                component: ComponentCreator('/standards/scs-0135-v1-tenant-metrics', '425'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0136-v1-ingress-node-audit',
                component: ComponentCreator('/standards/scs-0136-v1-ingress-node-audit', 'fd2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0137-v1-audit-snapshot-domain',
                component: ComponentCreator('/standards/scs-0137-v1-audit-snapshot-domain', '7e2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0137-v2-audit-snapshot-domain',
                component: ComponentCreator('/standards/scs-0137-v2-audit-snapshot-domain', '824'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0137-v3-audit-snapshot-domain',
                component: ComponentCreator('/standards/scs-0137-v3-audit-snapshot-domain', '822'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0137-w1-audit-snapshot-domain-implementation-notes',
                component: ComponentCreator('/standards/scs-0137-w1-audit-snapshot-domain-implementation-notes', '131'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0138-v1-region-hypervisor',
                component: ComponentCreator('/standards/scs-0138-v1-region-hypervisor', 'c96'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0139-v1-endpoint-policy',
                component: ComponentCreator('/standards/scs-0139-v1-endpoint-policy', '310'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0140-v1-status-flavor-audit',
                component: ComponentCreator('/standards/scs-0140-v1-status-flavor-audit', '909'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0141-v1-endpoint-ingress-flavor',
                component: ComponentCreator('/standards/scs-0141-v1-endpoint-ingress-flavor', '630'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0142-v1-audit-secret',
                component: ComponentCreator('/standards/scs-0142-v1-audit-secret', '864'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0142-v2-audit-secret',
                component: ComponentCreator('/standards/scs-0142-v2-audit-secret', 'c94'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0142-v3-audit-secret',
                component: ComponentCreator('/standards/scs-0142-v3-audit-secret', '4d0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0142-w1-audit-secret-implementation-notes',
                component: ComponentCreator('/standards/scs-0142-w1-audit-secret-implementation-notes', '792'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0143-v1-scheduler-flavor',
                component: ComponentCreator('/standards/scs-0143-v1-scheduler-flavor', 'f16'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0144-v1-catalog-ingress-entropy',
                component: ComponentCreator('/standards/scs-0144-v1-catalog-ingress-entropy', '1a8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0145-v1-upgrade-router',
                component: ComponentCreator('/standards/scs-0145-v1-upgrade-router', '124'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0145-v2-upgrade-router',
                component: ComponentCreator('/standards/scs-0145-v2-upgrade-router', '923'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0146-v1-naming-encryption-secret',
                component: ComponentCreator('/standards/scs-0146-v1-naming-encryption-secret', '16c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0146-v2-naming-encryption-secret',
                component: ComponentCreator('/standards/scs-0146-v2-naming-encryption-secret', '062'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0146-v3-naming-encryption-secret',
                component: ComponentCreator('/standards/scs-0146-v3-naming-encryption-secret', 'd58'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0146-w1-naming-encryption-secret-implementation-notes',
                component: ComponentCreator('/standards/scs-0146-w1-naming-encryption-secret-implementation-notes', '448'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0147-v1-router-federation-gateway',
                component: ComponentCreator('/standards/scs-0147-v1-router-federation-gateway', '340'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0147-v2-router-federation-gateway',
                component: ComponentCreator('/standards/scs-0147-v2-router-federation-gateway', 'eea'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0147-w1-router-federation-gateway-implementation-notes',
                component: ComponentCreator('/standards/scs-0147-w1-router-federation-gateway-implementation-notes', 'ed1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0148-v1-zone-snapshot-dns',
                component: ComponentCreator('/standards/scs-0148-v1-zone-snapshot-dns', '84f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0148-v2-zone-snapshot-dns',
                component: ComponentCreator('/standards/scs-0148-v2-zone-snapshot-dns', '90b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0149-v1-metadata-replication',
                component: ComponentCreator('/standards/scs-0149-v1-metadata-replication', 'ef1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0149-v2-metadata-replication',
                component: ComponentCreator('/standards/scs-0149-v2-metadata-replication', '273'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0149-w1-metadata-replication-implementation-notes',
                component: ComponentCreator('/standards/scs-0149-w1-metadata-replication-implementation-notes', '48a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0150-v1-region-federation',
                component: ComponentCreator('/standards/scs-0150-v1-region-federation', 'b65'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0151-v1-endpoint-quota-backup',
                component: ComponentCreator('/standards/scs-0151-v1-endpoint-quota-backup', 'a23'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0151-v2-endpoint-quota-backup',
                component: ComponentCreator('/standards/scs-0151-v2-endpoint-quota-backup', '65e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0151-v3-endpoint-quota-backup',
                component: ComponentCreator('/standards/scs-0151-v3-endpoint-quota-backup', 'd0f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0152-v1-router-catalog-storage',
                component: ComponentCreator('/standards/scs-0152-v1-router-catalog-storage', '0c8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0153-v1-catalog-hypervisor',
                component: ComponentCreator('/standards/scs-0153-v1-catalog-hypervisor', '9f4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0154-v1-logging-metadata-gateway',
                component: ComponentCreator('/standards/scs-0154-v1-logging-metadata-gateway', '627'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0154-v2-logging-metadata-gateway',
                component: ComponentCreator('/standards/scs-0154-v2-logging-metadata-gateway', '9f6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0154-v3-logging-metadata-gateway',
                component: ComponentCreator('/standards/scs-0154-v3-logging-metadata-gateway', 'f8f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0155-v1-dns-firmware',
                component: ComponentCreator('/standards/scs-0155-v1-dns-firmware', 'a7d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0155-v2-dns-firmware',
                component: ComponentCreator('/standards/scs-0155-v2-dns-firmware', '7cf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0155-v3-dns-firmware',
                component: ComponentCreator('/standards/scs-0155-v3-dns-firmware', '8d1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0156-v1-upgrade-logging',
                component: ComponentCreator('/standards/scs-0156-v1-upgrade-logging', 'cdb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0157-v1-catalog-storage-naming',
                component: ComponentCreator('/standards/scs-0157-v1-catalog-storage-naming', 'bd7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0157-v2-catalog-storage-naming',
                component: ComponentCreator('/standards/scs-0157-v2-catalog-storage-naming', 'e38'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0158-v1-role-snapshot-balancer',
                component: ComponentCreator('/standards/scs-0158-v1-role-snapshot-balancer', '674'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0158-v2-role-snapshot-balancer',
                component: ComponentCreator('/standards/scs-0158-v2-role-snapshot-balancer', 'a58'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0158-v3-role-snapshot-balancer',
                component: ComponentCreator('/standards/scs-0158-v3-role-snapshot-balancer', '271'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0158-v4-role-snapshot-balancer',
                component: ComponentCreator('/standards/scs-0158-v4-role-snapshot-balancer', 'bd9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0158-w1-role-snapshot-balancer-implementation-notes',
                component: ComponentCreator('/standards/scs-0158-w1-role-snapshot-balancer-implementation-notes', '377'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0159-v1-entropy-gateway-ingress',
                component: ComponentCreator('/standards/scs-0159-v1-entropy-gateway-ingress', '1d8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0159-v2-entropy-gateway-ingress',
                component: ComponentCreator('/standards/scs-0159-v2-entropy-gateway-ingress', 'abc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0159-v3-entropy-gateway-ingress',
                component: ComponentCreator('/standards/scs-0159-v3-entropy-gateway-ingress', '52d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0160-v1-image-gateway',
                component: ComponentCreator('/standards/scs-0160-v1-image-gateway', 'c52'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0161-v1-version-secret',
                component: ComponentCreator('/standards/scs-0161-v1-version-secret', 'e40'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0161-v2-version-secret',
                component: ComponentCreator('/standards/scs-0161-v2-version-secret', '9b7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0161-v3-version-secret',
                component: ComponentCreator('/standards/scs-0161-v3-version-secret', 'ddd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0162-v1-balancer-federation',
                component: ComponentCreator('/standards/scs-0162-v1-balancer-federation', '4aa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0163-v1-policy-backup',
                component: ComponentCreator('/standards/scs-0163-v1-policy-backup', '9af'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0164-v1-network-scheduler',
                component: ComponentCreator('/standards/scs-0164-v1-network-scheduler', 'efa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0165-v1-flavor-secret',
                component: ComponentCreator('/standards/scs-0165-v1-flavor-secret', 'faa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0165-v2-flavor-secret',
                component: ComponentCreator('/standards/scs-0165-v2-flavor-secret', 'be9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0165-v3-flavor-secret',
                component: ComponentCreator('/standards/scs-0165-v3-flavor-secret', '31b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0165-w1-flavor-secret-implementation-notes',
                component: ComponentCreator('/standards/scs-0165-w1-flavor-secret-implementation-notes', '47c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0166-v1-version-registry',
                component: ComponentCreator('/standards/scs-0166-v1-version-registry', '277'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0166-v2-version-registry',
                component: ComponentCreator('/standards/scs-0166-v2-version-registry', 'e68'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0166-v3-version-registry',
                component: ComponentCreator('/standards/scs-0166-v3-version-registry', '0ef'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0166-v4-version-registry',
                component: ComponentCreator('/standards/scs-0166-v4-version-registry', '22a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0167-v1-replication-metadata-logging',
                component: ComponentCreator('/standards/scs-0167-v1-replication-metadata-logging', 'efc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0167-v2-replication-metadata-logging',
                component: ComponentCreator('/standards/scs-0167-v2-replication-metadata-logging', 'b56'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0167-v3-replication-metadata-logging',
                component: ComponentCreator('/standards/scs-0167-v3-replication-metadata-logging', '969'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0168-v1-role-scheduler-network',
                component: ComponentCreator('/standards/scs-0168-v1-role-scheduler-network', '1b4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0168-v2-role-scheduler-network',
                component: ComponentCreator('/standards/scs-0168-v2-role-scheduler-network', '78e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0168-v3-role-scheduler-network',
                component: ComponentCreator('/standards/scs-0168-v3-role-scheduler-network', '474'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0168-w1-role-scheduler-network-implementation-notes',
                component: ComponentCreator('/standards/scs-0168-w1-role-scheduler-network-implementation-notes', '105'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0169-v1-node-router-backup',
                component: ComponentCreator('/standards/scs-0169-v1-node-router-backup', '34d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0169-v2-node-router-backup',
                component: ComponentCreator('/standards/scs-0169-v2-node-router-backup', 'a44'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0169-v3-node-router-backup',
                component: ComponentCreator('/standards/scs-0169-v3-node-router-backup', '81b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0170-v1-catalog-role-region',
                component: ComponentCreator('/standards/scs-0170-v1-catalog-role-region', '304'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0170-v2-catalog-role-region',
                component: ComponentCreator('/standards/scs-0170-v2-catalog-role-region', 'e91'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0170-w1-catalog-role-region-implementation-notes',
                component: ComponentCreator('/standards/scs-0170-w1-catalog-role-region-implementation-notes', '82d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0171-v1-snapshot-registry-catalog',
                component: ComponentCreator('/standards/scs-0171-v1-snapshot-registry-catalog', '223'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0171-v2-snapshot-registry-catalog',
                component: ComponentCreator('/standards/scs-0171-v2-snapshot-registry-catalog', 'f14'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0171-v3-snapshot-registry-catalog',
                component: ComponentCreator('/standards/scs-0171-v3-snapshot-registry-catalog', 'ff8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0172-v1-role-federation',
                component: ComponentCreator('/standards/scs-0172-v1-role-federation', '92a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0173-v1-router-snapshot-scheduler',
                component: ComponentCreator('/standards/scs-0173-v1-router-snapshot-scheduler', '223'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0173-v2-router-snapshot-scheduler',
                component: ComponentCreator('/standards/scs-0173-v2-router-snapshot-scheduler', '433'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0173-v3-router-snapshot-scheduler',
                component: ComponentCreator('/standards/scs-0173-v3-router-snapshot-scheduler', 'f49'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0174-v1-encryption-naming-network',
                component: ComponentCreator('/standards/scs-0174-v1-encryption-naming-network', '991'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0174-v2-encryption-naming-network',
                component: ComponentCreator('/standards/scs-0174-v2-encryption-naming-network', 'dae'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0174-v3-encryption-naming-network',
                component: ComponentCreator('/standards/scs-0174-v3-encryption-naming-network', '603'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0200-v1-upgrade-time-project',
                component: ComponentCreator('/standards/scs-0200-v1-upgrade-time-project', '576'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0200-v2-upgrade-time-project',
                component: ComponentCreator('/standards/scs-0200-v2-upgrade-time-project', 'fc8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0200-v3-upgrade-time-project',
                component: ComponentCreator('/standards/scs-0200-v3-upgrade-time-project', '98e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0200-w1-upgrade-time-project-implementation-notes',
                component: ComponentCreator('/standards/scs-0200-w1-upgrade-time-project-implementation-notes', '385'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0201-v1-firmware-catalog-domain',
                component: ComponentCreator('/standards/scs-0201-v1-firmware-catalog-domain', '78c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0201-v2-firmware-catalog-domain',
                component: ComponentCreator('/standards/scs-0201-v2-firmware-catalog-domain', '223'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0201-w1-firmware-catalog-domain-implementation-notes',
                component: ComponentCreator('/standards/scs-0201-w1-firmware-catalog-domain-implementation-notes', '732'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0202-v1-storage-image-registry',
                component: ComponentCreator('/standards/scs-0202-v1-storage-image-registry', 'cf2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0203-v1-backup-time-gateway',
                component: ComponentCreator('/standards/scs-0203-v1-backup-time-gateway', '8c3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0203-v2-backup-time-gateway',
                component: ComponentCreator('/standards/scs-0203-v2-backup-time-gateway', '628'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0204-v1-placement-firmware-encryption',
                component: ComponentCreator('/standards/scs-0204-v1-placement-firmware-encryption', 'a47'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0204-v2-placement-firmware-encryption',
                component: ComponentCreator('/standards/scs-0204-v2-placement-firmware-encryption', '06a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0205-v1-dns-firmware',
                component: ComponentCreator('/standards/scs-0205-v1-dns-firmware', '60b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0205-v2-dns-firmware',
                component: ComponentCreator('/standards/scs-0205-v2-dns-firmware', 'f9d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0206-v1-status-volume',
                component: ComponentCreator('/standards/scs-0206-v1-status-volume', 'c45'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0206-v2-status-volume',
                component: ComponentCreator('/standards/scs-0206-v2-status-volume', '538'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0206-v3-status-volume',
                component: ComponentCreator('/standards/scs-0206-v3-status-volume', '20b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0206-v4-status-volume',
                component: ComponentCreator('/standards/scs-0206-v4-status-volume', '5ec'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0207-v1-endpoint-dns',
                component: ComponentCreator('/standards/scs-0207-v1-endpoint-dns', '1c0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0207-v2-endpoint-dns',
                component: ComponentCreator('/standards/scs-0207-v2-endpoint-dns', 'f66'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0208-v1-flavor-dns',
                component: ComponentCreator('/standards/scs-0208-v1-flavor-dns', '9b1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0209-v1-project-catalog',
                component: ComponentCreator('/standards/scs-0209-v1-project-catalog', '89b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0209-v2-project-catalog',
                component: ComponentCreator('/standards/scs-0209-v2-project-catalog', '5d4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0209-w1-project-catalog-implementation-notes',
                component: ComponentCreator('/standards/scs-0209-w1-project-catalog-implementation-notes', '660'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0210-v1-catalog-secret',
                component: ComponentCreator('/standards/scs-0210-v1-catalog-secret', '61c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0210-v2-catalog-secret',
                component: ComponentCreator('/standards/scs-0210-v2-catalog-secret', 'f2b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0210-w1-catalog-secret-implementation-notes',
                component: ComponentCreator('/standards/scs-0210-w1-catalog-secret-implementation-notes', 'f8c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0211-v1-metrics-gateway-logging',
                component: ComponentCreator('/standards/scs-0211-v1-metrics-gateway-logging', '518'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0212-v1-encryption-quota-placement',
                component: ComponentCreator('/standards/scs-0212-v1-encryption-quota-placement', '17c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0213-v1-router-storage',
                component: ComponentCreator('/standards/scs-0213-v1-router-storage', 'cce'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0213-v2-router-storage',
                component: ComponentCreator('/standards/scs-0213-v2-router-storage', 'cef'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0214-v1-metadata-snapshot-dns',
                component: ComponentCreator('/standards/scs-0214-v1-metadata-snapshot-dns', '894'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0214-v2-metadata-snapshot-dns',
                component: ComponentCreator('/standards/scs-0214-v2-metadata-snapshot-dns', '57b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0214-v3-metadata-snapshot-dns',
                component: ComponentCreator('/standards/scs-0214-v3-metadata-snapshot-dns', '3f4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0214-v4-metadata-snapshot-dns',
                component: ComponentCreator('/standards/scs-0214-v4-metadata-snapshot-dns', '656'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0215-v1-dns-version-registry',
                component: ComponentCreator('/standards/scs-0215-v1-dns-version-registry', '25f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0215-v2-dns-version-registry',
                component: ComponentCreator('/standards/scs-0215-v2-dns-version-registry', '16e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0215-v3-dns-version-registry',
                component: ComponentCreator('/standards/scs-0215-v3-dns-version-registry', 'aca'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0216-v1-metrics-storage-balancer',
                component: ComponentCreator('/standards/scs-0216-v1-metrics-storage-balancer', 'bf8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0216-v2-metrics-storage-balancer',
                component: ComponentCreator('/standards/scs-0216-v2-metrics-storage-balancer', 'a7f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0216-v3-metrics-storage-balancer',
                component: ComponentCreator('/standards/scs-0216-v3-metrics-storage-balancer', 'bdb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0217-v1-secret-region',
                component: ComponentCreator('/standards/scs-0217-v1-secret-region', '072'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0217-v2-secret-region',
                component: ComponentCreator('/standards/scs-0217-v2-secret-region', '272'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0218-v1-hypervisor-status-project',
                component: ComponentCreator('/standards/scs-0218-v1-hypervisor-status-project', '304'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0219-v1-role-upgrade-balancer',
                component: ComponentCreator('/standards/scs-0219-v1-role-upgrade-balancer', '4ed'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0219-v2-role-upgrade-balancer',
                component: ComponentCreator('/standards/scs-0219-v2-role-upgrade-balancer', '269'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0220-v1-metadata-project',
                component: ComponentCreator('/standards/scs-0220-v1-metadata-project', 'e65'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0221-v1-registry-certificate-endpoint',
                component: ComponentCreator('/standards/scs-0221-v1-registry-certificate-endpoint', '0f1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0221-v2-registry-certificate-endpoint',
                component: ComponentCreator('/standards/scs-0221-v2-registry-certificate-endpoint', '1af'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0221-v3-registry-certificate-endpoint',
                component: ComponentCreator('/standards/scs-0221-v3-registry-certificate-endpoint', 'd51'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0222-v1-scheduler-gateway',
                component: ComponentCreator('/standards/scs-0222-v1-scheduler-gateway', '893'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0222-v2-scheduler-gateway',
                component: ComponentCreator('/standards/scs-0222-v2-scheduler-gateway', '52a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0223-v1-domain-volume',
                component: ComponentCreator('/standards/scs-0223-v1-domain-volume', 'a17'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0223-v2-domain-volume',
                component: ComponentCreator('/standards/scs-0223-v2-domain-volume', '41b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0223-w1-domain-volume-implementation-notes',
                component: ComponentCreator('/standards/scs-0223-w1-domain-volume-implementation-notes', '8d0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0224-v1-router-placement',
                component: ComponentCreator('/standards/scs-0224-v1-router-placement', '890'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0224-v2-router-placement',
                component: ComponentCreator('/standards/scs-0224-v2-router-placement', 'fd0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0224-v3-router-placement',
                component: ComponentCreator('/standards/scs-0224-v3-router-placement', '1e3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0224-v4-router-placement',
                component: ComponentCreator('/standards/scs-0224-v4-router-placement', '240'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0224-w1-router-placement-implementation-notes',
                component: ComponentCreator('/standards/scs-0224-w1-router-placement-implementation-notes', 'a47'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0225-v1-endpoint-encryption-flavor',
                component: ComponentCreator('/standards/scs-0225-v1-endpoint-encryption-flavor', '118'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0226-v1-endpoint-placement',
                component: ComponentCreator('/standards/scs-0226-v1-endpoint-placement', '6b6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0227-v1-federation-scheduler-hypervisor',
                component: ComponentCreator('/standards/scs-0227-v1-federation-scheduler-hypervisor', '6a0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0227-v2-federation-scheduler-hypervisor',
                component: ComponentCreator('/standards/scs-0227-v2-federation-scheduler-hypervisor', '75b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0227-v3-federation-scheduler-hypervisor',
                component: ComponentCreator('/standards/scs-0227-v3-federation-scheduler-hypervisor', '01d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0227-w1-federation-scheduler-hypervisor-implementation-notes',
                component: ComponentCreator('/standards/scs-0227-w1-federation-scheduler-hypervisor-implementation-notes', 'c7a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0228-v1-naming-zone-scheduler',
                component: ComponentCreator('/standards/scs-0228-v1-naming-zone-scheduler', '8fb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0228-v2-naming-zone-scheduler',
                component: ComponentCreator('/standards/scs-0228-v2-naming-zone-scheduler', '21a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0228-v3-naming-zone-scheduler',
                component: ComponentCreator('/standards/scs-0228-v3-naming-zone-scheduler', '06e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0228-v4-naming-zone-scheduler',
                component: ComponentCreator('/standards/scs-0228-v4-naming-zone-scheduler', '0a6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0229-v1-registry-flavor-ingress',
                component: ComponentCreator('/standards/scs-0229-v1-registry-flavor-ingress', 'fda'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0230-v1-federation-region-version',
                component: ComponentCreator('/standards/scs-0230-v1-federation-region-version', 'f0a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0231-v1-placement-endpoint-region',
                component: ComponentCreator('/standards/scs-0231-v1-placement-endpoint-region', '9ca'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0231-v2-placement-endpoint-region',
                component: ComponentCreator('/standards/scs-0231-v2-placement-endpoint-region', 'fae'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0232-v1-node-flavor-ingress',
                component: ComponentCreator('/standards/scs-0232-v1-node-flavor-ingress', '1cf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0233-v1-gateway-image',
                component: ComponentCreator('/standards/scs-0233-v1-gateway-image', '663'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0234-v1-gateway-project-scheduler',
                component: ComponentCreator('/standards/scs-0234-v1-gateway-project-scheduler', '869'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0235-v1-tenant-status',
                component: ComponentCreator('/standards/scs-0235-v1-tenant-status', '373'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0235-v2-tenant-status',
                component: ComponentCreator('/standards/scs-0235-v2-tenant-status', '257'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0235-v3-tenant-status',
                component: ComponentCreator('/standards/scs-0235-v3-tenant-status', 'b91'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0236-v1-balancer-placement-ingress',
                component: ComponentCreator('/standards/scs-0236-v1-balancer-placement-ingress', 'ea9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0237-v1-endpoint-backup-policy',
                component: ComponentCreator('/standards/scs-0237-v1-endpoint-backup-policy', 'df7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0237-v2-endpoint-backup-policy',
                component: ComponentCreator('/standards/scs-0237-v2-endpoint-backup-policy', '523'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0237-v3-endpoint-backup-policy',
                component: ComponentCreator('/standards/scs-0237-v3-endpoint-backup-policy', '1b7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0238-v1-image-ingress',
                component: ComponentCreator('/standards/scs-0238-v1-image-ingress', 'c64'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0238-v2-image-ingress',
                component: ComponentCreator('/standards/scs-0238-v2-image-ingress', '8d3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0238-v3-image-ingress',
                component: ComponentCreator('/standards/scs-0238-v3-image-ingress', '5c9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0238-w1-image-ingress-implementation-notes',
                component: ComponentCreator('/standards/scs-0238-w1-image-ingress-implementation-notes', 'd6d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0239-v1-logging-image',
                component: ComponentCreator('/standards/scs-0239-v1-logging-image', 'b38'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0239-v2-logging-image',
                component: ComponentCreator('/standards/scs-0239-v2-logging-image', '400'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0239-w1-logging-image-implementation-notes',
                component: ComponentCreator('/standards/scs-0239-w1-logging-image-implementation-notes', 'bba'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0240-v1-secret-storage',
                component: ComponentCreator('/standards/scs-0240-v1-secret-storage', '177'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0240-v2-secret-storage',
                component: ComponentCreator('/standards/scs-0240-v2-secret-storage', '64f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0241-v1-naming-registry-hypervisor',
                component: ComponentCreator('/standards/scs-0241-v1-naming-registry-hypervisor', '07f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0242-v1-network-metrics',
                component: ComponentCreator('/standards/scs-0242-v1-network-metrics', '936'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0243-v1-tenant-logging-storage',
                component: ComponentCreator('/standards/scs-0243-v1-tenant-logging-storage', '805'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0243-v2-tenant-logging-storage',
                component: ComponentCreator('/standards/scs-0243-v2-tenant-logging-storage', 'dc4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0243-v3-tenant-logging-storage',
                component: ComponentCreator('/standards/scs-0243-v3-tenant-logging-storage', '49c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0244-v1-time-upgrade',
                component: ComponentCreator('/standards/scs-0244-v1-time-upgrade', '2e6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0244-v2-time-upgrade',
                component: ComponentCreator('/standards/scs-0244-v2-time-upgrade', '7b5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0244-v3-time-upgrade',
                component: ComponentCreator('/standards/scs-0244-v3-time-upgrade', '07c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0244-v4-time-upgrade',
                component: ComponentCreator('/standards/scs-0244-v4-time-upgrade', '5ed'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0245-v1-status-role',
                component: ComponentCreator('/standards/scs-0245-v1-status-role', '291'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0245-v2-status-role',
                component: ComponentCreator('/standards/scs-0245-v2-status-role', '8e1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0245-v3-status-role',
                component: ComponentCreator('/standards/scs-0245-v3-status-role', '1cf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0245-v4-status-role',
                component: ComponentCreator('/standards/scs-0245-v4-status-role', '7fc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0246-v1-balancer-audit-network',
                component: ComponentCreator('/standards/scs-0246-v1-balancer-audit-network', '518'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0246-v2-balancer-audit-network',
                component: ComponentCreator('/standards/scs-0246-v2-balancer-audit-network', '80f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0247-v1-encryption-zone-tenant',
                component: ComponentCreator('/standards/scs-0247-v1-encryption-zone-tenant', 'f06'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0247-v2-encryption-zone-tenant',
                component: ComponentCreator('/standards/scs-0247-v2-encryption-zone-tenant', '51a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0248-v1-entropy-backup-certificate',
                component: ComponentCreator('/standards/scs-0248-v1-entropy-backup-certificate', 'a11'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0248-v2-entropy-backup-certificate',
                component: ComponentCreator('/standards/scs-0248-v2-entropy-backup-certificate', 'de8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0248-v3-entropy-backup-certificate',
                component: ComponentCreator('/standards/scs-0248-v3-entropy-backup-certificate', '7be'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0249-v1-metadata-catalog',
                component: ComponentCreator('/standards/scs-0249-v1-metadata-catalog', '897'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0249-v2-metadata-catalog',
                component: ComponentCreator('/standards/scs-0249-v2-metadata-catalog', 'e4e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0250-v1-catalog-image',
                component: ComponentCreator('/standards/scs-0250-v1-catalog-image', '723'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0250-v2-catalog-image',
                component: ComponentCreator('/standards/scs-0250-v2-catalog-image', 'c80'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0250-v3-catalog-image',
                component: ComponentCreator('/standards/scs-0250-v3-catalog-image', '592'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0250-v4-catalog-image',
                component: ComponentCreator('/standards/scs-0250-v4-catalog-image', '0c3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0251-v1-flavor-encryption',
                component: ComponentCreator('/standards/scs-0251-v1-flavor-encryption', '912'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0252-v1-audit-registry',
                component: ComponentCreator('/standards/scs-0252-v1-audit-registry', '2f7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0252-v2-audit-registry',
                component: ComponentCreator('/standards/scs-0252-v2-audit-registry', '004'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0252-v3-audit-registry',
                component: ComponentCreator('/standards/scs-0252-v3-audit-registry', 'e38'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0252-w1-audit-registry-implementation-notes',
                component: ComponentCreator('/standards/scs-0252-w1-audit-registry-implementation-notes', '3ed'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0253-v1-metadata-project-endpoint',
                component: ComponentCreator('/standards/scs-0253-v1-metadata-project-endpoint', '32e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0253-v2-metadata-project-endpoint',
                component: ComponentCreator('/standards/scs-0253-v2-metadata-project-endpoint', '899'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0253-v3-metadata-project-endpoint',
                component: ComponentCreator('/standards/scs-0253-v3-metadata-project-endpoint', 'efa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0253-v4-metadata-project-endpoint',
                component: ComponentCreator('/standards/scs-0253-v4-metadata-project-endpoint', '331'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0253-w1-metadata-project-endpoint-implementation-notes',
                component: ComponentCreator('/standards/scs-0253-w1-metadata-project-endpoint-implementation-notes', 'd62'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0254-v1-metrics-volume-policy',
                component: ComponentCreator('/standards/scs-0254-v1-metrics-volume-policy', 'dbf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0255-v1-backup-metadata',
                component: ComponentCreator('/standards/scs-0255-v1-backup-metadata', 'a1d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0255-v2-backup-metadata',
                component: ComponentCreator('/standards/scs-0255-v2-backup-metadata', 'c73'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0255-w1-backup-metadata-implementation-notes',
                component: ComponentCreator('/standards/scs-0255-w1-backup-metadata-implementation-notes', '7c6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0256-v1-metrics-tenant',
                component: ComponentCreator('/standards/scs-0256-v1-metrics-tenant', 'd30'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0257-v1-backup-time-certificate',
                component: ComponentCreator('/standards/scs-0257-v1-backup-time-certificate', 'e7c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0257-v2-backup-time-certificate',
                component: ComponentCreator('/standards/scs-0257-v2-backup-time-certificate', '3bf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0258-v1-hypervisor-node-secret',
                component: ComponentCreator('/standards/scs-0258-v1-hypervisor-node-secret', '6e1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0259-v1-tenant-role-federation',
                component: ComponentCreator('/standards/scs-0259-v1-tenant-role-federation', '301'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0259-v2-tenant-role-federation',
                component: ComponentCreator('/standards/scs-0259-v2-tenant-role-federation', '3cd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0259-v3-tenant-role-federation',
                component: ComponentCreator('/standards/scs-0259-v3-tenant-role-federation', 'b3d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0259-w1-tenant-role-federation-implementation-notes',
                component: ComponentCreator('/standards/scs-0259-w1-tenant-role-federation-implementation-notes', 'a28'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0260-v1-snapshot-zone-network',
                component: ComponentCreator('/standards/scs-0260-v1-snapshot-zone-network', 'b0b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0261-v1-audit-balancer',
                component: ComponentCreator('/standards/scs-0261-v1-audit-balancer', '1cc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0262-v1-status-dns-role',
                component: ComponentCreator('/standards/scs-0262-v1-status-dns-role', '11f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0263-v1-metrics-status',
                component: ComponentCreator('/standards/scs-0263-v1-metrics-status', '298'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0264-v1-domain-image-secret',
                component: ComponentCreator('/standards/scs-0264-v1-domain-image-secret', '649'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0265-v1-placement-role',
                component: ComponentCreator('/standards/scs-0265-v1-placement-role', '98d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0265-v2-placement-role',
                component: ComponentCreator('/standards/scs-0265-v2-placement-role', 'd9a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0265-v3-placement-role',
                component: ComponentCreator('/standards/scs-0265-v3-placement-role', '4fb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0265-w1-placement-role-implementation-notes',
                component: ComponentCreator('/standards/scs-0265-w1-placement-role-implementation-notes', '7bc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0266-v1-secret-scheduler',
                component: ComponentCreator('/standards/scs-0266-v1-secret-scheduler', '3f9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0267-v1-role-router-replication',
                component: ComponentCreator('/standards/scs-0267-v1-role-router-replication', '91e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0268-v1-federation-region-metrics',
                component: ComponentCreator('/standards/scs-0268-v1-federation-region-metrics', '33a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0268-v2-federation-region-metrics',
                component: ComponentCreator('/standards/scs-0268-v2-federation-region-metrics', '48c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0268-w1-federation-region-metrics-implementation-notes',
                component: ComponentCreator('/standards/scs-0268-w1-federation-region-metrics-implementation-notes', 'f3b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0269-v1-metrics-domain-naming',
                component: ComponentCreator('/standards/scs-0269-v1-metrics-domain-naming', 'f4b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0269-v2-metrics-domain-naming',
                component: ComponentCreator('/standards/scs-0269-v2-metrics-domain-naming', '95d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0269-v3-metrics-domain-naming',
                component: ComponentCreator('/standards/scs-0269-v3-metrics-domain-naming', '97e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0269-w1-metrics-domain-naming-implementation-notes',
                component: ComponentCreator('/standards/scs-0269-w1-metrics-domain-naming-implementation-notes', '430'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0270-v1-replication-node',
                component: ComponentCreator('/standards/scs-0270-v1-replication-node', '127'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0271-v1-placement-audit-volume',
                component: ComponentCreator('/standards/scs-0271-v1-placement-audit-volume', '2b3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0271-v2-placement-audit-volume',
                component: ComponentCreator('/standards/scs-0271-v2-placement-audit-volume', 'ac8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0272-v1-version-replication',
                component: ComponentCreator('/standards/scs-0272-v1-version-replication', '93f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0273-v1-quota-project-federation',
                component: ComponentCreator('/standards/scs-0273-v1-quota-project-federation', 'ed1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0273-v2-quota-project-federation',
                component: ComponentCreator('/standards/scs-0273-v2-quota-project-federation', 'c5e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0273-v3-quota-project-federation',
                component: ComponentCreator('/standards/scs-0273-v3-quota-project-federation', '27a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0273-w1-quota-project-federation-implementation-notes',
                component: ComponentCreator('/standards/scs-0273-w1-quota-project-federation-implementation-notes', '4b1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0274-v1-zone-project-network',
                component: ComponentCreator('/standards/scs-0274-v1-zone-project-network', '895'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0274-v2-zone-project-network',
                component: ComponentCreator('/standards/scs-0274-v2-zone-project-network', '526'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0274-v3-zone-project-network',
                component: ComponentCreator('/standards/scs-0274-v3-zone-project-network', '4a1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0274-v4-zone-project-network',
                component: ComponentCreator('/standards/scs-0274-v4-zone-project-network', '8bb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0274-w1-zone-project-network-implementation-notes',
                component: ComponentCreator('/standards/scs-0274-w1-zone-project-network-implementation-notes', '83a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0300-v1-policy-role-region',
                component: ComponentCreator('/standards/scs-0300-v1-policy-role-region', '9d4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0300-v2-policy-role-region',
                component: ComponentCreator('/standards/scs-0300-v2-policy-role-region', '9b2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0301-v1-domain-federation',
                component: ComponentCreator('/standards/scs-0301-v1-domain-federation', 'ab3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0302-v1-region-router-upgrade',
                component: ComponentCreator('/standards/scs-0302-v1-region-router-upgrade', '932'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0303-v1-network-tenant-hypervisor',
                component: ComponentCreator('/standards/scs-0303-v1-network-tenant-hypervisor', '9c8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0304-v1-hypervisor-tenant',
                component: ComponentCreator('/standards/scs-0304-v1-hypervisor-tenant', '782'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0304-v2-hypervisor-tenant',
                component: ComponentCreator('/standards/scs-0304-v2-hypervisor-tenant', 'da3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0304-v3-hypervisor-tenant',
                component: ComponentCreator('/standards/scs-0304-v3-hypervisor-tenant', '9c4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0304-v4-hypervisor-tenant',
                component: ComponentCreator('/standards/scs-0304-v4-hypervisor-tenant', 'd73'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0305-v1-audit-metadata',
                component: ComponentCreator('/standards/scs-0305-v1-audit-metadata', '908'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0305-v2-audit-metadata',
                component: ComponentCreator('/standards/scs-0305-v2-audit-metadata', 'c46'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0305-v3-audit-metadata',
                component: ComponentCreator('/standards/scs-0305-v3-audit-metadata', '8ae'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0305-v4-audit-metadata',
                component: ComponentCreator('/standards/scs-0305-v4-audit-metadata', '983'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0306-v1-tenant-entropy',
                component: ComponentCreator('/standards/scs-0306-v1-tenant-entropy', '333'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0307-v1-dns-image-entropy',
                component: ComponentCreator('/standards/scs-0307-v1-dns-image-entropy', '37d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0308-v1-region-project',
                component: ComponentCreator('/standards/scs-0308-v1-region-project', 'a64'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0309-v1-scheduler-project-upgrade',
                component: ComponentCreator('/standards/scs-0309-v1-scheduler-project-upgrade', 'e7c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0309-v2-scheduler-project-upgrade',
                component: ComponentCreator('/standards/scs-0309-v2-scheduler-project-upgrade', 'e3c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0309-v3-scheduler-project-upgrade',
                component: ComponentCreator('/standards/scs-0309-v3-scheduler-project-upgrade', '5e2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0309-w1-scheduler-project-upgrade-implementation-notes',
                component: ComponentCreator('/standards/scs-0309-w1-scheduler-project-upgrade-implementation-notes', '0af'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0310-v1-encryption-region',
                component: ComponentCreator('/standards/scs-0310-v1-encryption-region', '699'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0310-v2-encryption-region',
                component: ComponentCreator('/standards/scs-0310-v2-encryption-region', '92e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0310-v3-encryption-region',
                component: ComponentCreator('/standards/scs-0310-v3-encryption-region', 'e78'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0311-v1-catalog-certificate-image',
                component: ComponentCreator('/standards/scs-0311-v1-catalog-certificate-image', 'b98'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0312-v1-encryption-balancer-audit',
                component: ComponentCreator('/standards/scs-0312-v1-encryption-balancer-audit', 'db9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0313-v1-firmware-zone',
                component: ComponentCreator('/standards/scs-0313-v1-firmware-zone', '258'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0314-v1-metrics-encryption-node',
                component: ComponentCreator('/standards/scs-0314-v1-metrics-encryption-node', 'c94'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0314-v2-metrics-encryption-node',
                component: ComponentCreator('/standards/scs-0314-v2-metrics-encryption-node', 'bd2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0314-w1-metrics-encryption-node-implementation-notes',
                component: ComponentCreator('/standards/scs-0314-w1-metrics-encryption-node-implementation-notes', 'e11'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0315-v1-role-metadata',
                component: ComponentCreator('/standards/scs-0315-v1-role-metadata', '0a0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0316-v1-certificate-dns-secret',
                component: ComponentCreator('/standards/scs-0316-v1-certificate-dns-secret', '84b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0316-v2-certificate-dns-secret',
                component: ComponentCreator('/standards/scs-0316-v2-certificate-dns-secret', '2f4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0316-v3-certificate-dns-secret',
                component: ComponentCreator('/standards/scs-0316-v3-certificate-dns-secret', 'd5b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0316-v4-certificate-dns-secret',
                component: ComponentCreator('/standards/scs-0316-v4-certificate-dns-secret', 'fe1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0317-v1-upgrade-replication-firmware',
                component: ComponentCreator('/standards/scs-0317-v1-upgrade-replication-firmware', '6e9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0317-v2-upgrade-replication-firmware',
                component: ComponentCreator('/standards/scs-0317-v2-upgrade-replication-firmware', 'd35'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0318-v1-snapshot-endpoint-policy',
                component: ComponentCreator('/standards/scs-0318-v1-snapshot-endpoint-policy', 'eed'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0319-v1-volume-project-snapshot',
                component: ComponentCreator('/standards/scs-0319-v1-volume-project-snapshot', '8e5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0319-v2-volume-project-snapshot',
                component: ComponentCreator('/standards/scs-0319-v2-volume-project-snapshot', 'a52'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0319-v3-volume-project-snapshot',
                component: ComponentCreator('/standards/scs-0319-v3-volume-project-snapshot', 'ab5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0319-v4-volume-project-snapshot',
                component: ComponentCreator('/standards/scs-0319-v4-volume-project-snapshot', 'd45'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0319-w1-volume-project-snapshot-implementation-notes',
                component: ComponentCreator('/standards/scs-0319-w1-volume-project-snapshot-implementation-notes', '70d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0320-v1-catalog-router',
                component: ComponentCreator('/standards/scs-0320-v1-catalog-router', '0ad'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0321-v1-project-audit',
                component: ComponentCreator('/standards/scs-0321-v1-project-audit', 'f34'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0322-v1-secret-placement-replication',
                component: ComponentCreator('/standards/scs-0322-v1-secret-placement-replication', '9e9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0322-v2-secret-placement-replication',
                component: ComponentCreator('/standards/scs-0322-v2-secret-placement-replication', '1b0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0322-v3-secret-placement-replication',
                component: ComponentCreator('/standards/scs-0322-v3-secret-placement-replication', 'b32'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0323-v1-version-placement-catalog',
                component: ComponentCreator('/standards/scs-0323-v1-version-placement-catalog', 'b89'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0324-v1-region-certificate-endpoint',
                component: ComponentCreator('/standards/scs-0324-v1-region-certificate-endpoint', 'f8e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0324-v2-region-certificate-endpoint',
                component: ComponentCreator('/standards/scs-0324-v2-region-certificate-endpoint', '7e1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0324-v3-region-certificate-endpoint',
                component: ComponentCreator('/standards/scs-0324-v3-region-certificate-endpoint', '976'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0325-v1-entropy-logging',
                component: ComponentCreator('/standards/scs-0325-v1-entropy-logging', '0ef'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0326-v1-quota-hypervisor',
                component: ComponentCreator('/standards/scs-0326-v1-quota-hypervisor', '44c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0326-v2-quota-hypervisor',
                component: ComponentCreator('/standards/scs-0326-v2-quota-hypervisor', 'beb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0326-v3-quota-hypervisor',
                component: ComponentCreator('/standards/scs-0326-v3-quota-hypervisor', '9ed'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0326-v4-quota-hypervisor',
                component: ComponentCreator('/standards/scs-0326-v4-quota-hypervisor', 'ef6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0326-w1-quota-hypervisor-implementation-notes',
                component: ComponentCreator('/standards/scs-0326-w1-quota-hypervisor-implementation-notes', '57e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0327-v1-node-ingress',
                component: ComponentCreator('/standards/scs-0327-v1-node-ingress', 'dd2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0328-v1-ingress-project-status',
                component: ComponentCreator('/standards/scs-0328-v1-ingress-project-status', '864'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0329-v1-federation-audit',
                component: ComponentCreator('/standards/scs-0329-v1-federation-audit', '4aa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0329-v2-federation-audit',
                component: ComponentCreator('/standards/scs-0329-v2-federation-audit', '189'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0329-v3-federation-audit',
                component: ComponentCreator('/standards/scs-0329-v3-federation-audit', '840'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0330-v1-router-policy-federation',
                component: ComponentCreator('/standards/scs-0330-v1-router-policy-federation', 'a4b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0330-v2-router-policy-federation',
                component: ComponentCreator('/standards/scs-0330-v2-router-policy-federation', '744'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0330-v3-router-policy-federation',
                component: ComponentCreator('/standards/scs-0330-v3-router-policy-federation', 'aee'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0330-v4-router-policy-federation',
                component: ComponentCreator('/standards/scs-0330-v4-router-policy-federation', '913'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0330-w1-router-policy-federation-implementation-notes',
                component: ComponentCreator('/standards/scs-0330-w1-router-policy-federation-implementation-notes', 'b31'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0331-v1-storage-hypervisor',
                component: ComponentCreator('/standards/scs-0331-v1-storage-hypervisor', '5e7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0332-v1-region-time',
                component: ComponentCreator('/standards/scs-0332-v1-region-time', 'f8e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0332-v2-region-time',
                component: ComponentCreator('/standards/scs-0332-v2-region-time', 'f01'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0332-v3-region-time',
                component: ComponentCreator('/standards/scs-0332-v3-region-time', '0dd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0332-v4-region-time',
                component: ComponentCreator('/standards/scs-0332-v4-region-time', '1ba'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0332-w1-region-time-implementation-notes',
                component: ComponentCreator('/standards/scs-0332-w1-region-time-implementation-notes', '073'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0333-v1-ingress-balancer',
                component: ComponentCreator('/standards/scs-0333-v1-ingress-balancer', '68d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0334-v1-role-logging-naming',
                component: ComponentCreator('/standards/scs-0334-v1-role-logging-naming', '624'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0334-v2-role-logging-naming',
                component: ComponentCreator('/standards/scs-0334-v2-role-logging-naming', '1b7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0334-v3-role-logging-naming',
                component: ComponentCreator('/standards/scs-0334-v3-role-logging-naming', '676'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0334-w1-role-logging-naming-implementation-notes',
                component: ComponentCreator('/standards/scs-0334-w1-role-logging-naming-implementation-notes', '1e7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0335-v1-status-federation',
                component: ComponentCreator('/standards/scs-0335-v1-status-federation', '12a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0335-v2-status-federation',
                component: ComponentCreator('/standards/scs-0335-v2-status-federation', 'f5f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0335-v3-status-federation',
                component: ComponentCreator('/standards/scs-0335-v3-status-federation', '6ae'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0335-v4-status-federation',
                component: ComponentCreator('/standards/scs-0335-v4-status-federation', '51c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0335-w1-status-federation-implementation-notes',
                component: ComponentCreator('/standards/scs-0335-w1-status-federation-implementation-notes', 'fb9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0336-v1-network-role',
                component: ComponentCreator('/standards/scs-0336-v1-network-role', 'e67'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0337-v1-scheduler-quota',
                component: ComponentCreator('/standards/scs-0337-v1-scheduler-quota', 'f5f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0338-v1-scheduler-backup',
                component: ComponentCreator('/standards/scs-0338-v1-scheduler-backup', '1f0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0339-v1-storage-logging-dns',
                component: ComponentCreator('/standards/scs-0339-v1-storage-logging-dns', '237'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0340-v1-ingress-router',
                component: ComponentCreator('/standards/scs-0340-v1-ingress-router', '46f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0341-v1-region-snapshot',
                component: ComponentCreator('/standards/scs-0341-v1-region-snapshot', 'e2f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0341-v2-region-snapshot',
                component: ComponentCreator('/standards/scs-0341-v2-region-snapshot', '3f2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0341-v3-region-snapshot',
                component: ComponentCreator('/standards/scs-0341-v3-region-snapshot', 'f43'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0341-w1-region-snapshot-implementation-notes',
                component: ComponentCreator('/standards/scs-0341-w1-region-snapshot-implementation-notes', '49b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0342-v1-scheduler-zone-encryption',
                component: ComponentCreator('/standards/scs-0342-v1-scheduler-zone-encryption', '3e4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0343-v1-placement-catalog-tenant',
                component: ComponentCreator('/standards/scs-0343-v1-placement-catalog-tenant', '638'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0343-v2-placement-catalog-tenant',
                component: ComponentCreator('/standards/scs-0343-v2-placement-catalog-tenant', '8d7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0344-v1-secret-metrics-scheduler',
                component: ComponentCreator('/standards/scs-0344-v1-secret-metrics-scheduler', '291'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0344-v2-secret-metrics-scheduler',
                component: ComponentCreator('/standards/scs-0344-v2-secret-metrics-scheduler', 'fd9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0345-v1-snapshot-hypervisor',
                component: ComponentCreator('/standards/scs-0345-v1-snapshot-hypervisor', '99c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0345-v2-snapshot-hypervisor',
                component: ComponentCreator('/standards/scs-0345-v2-snapshot-hypervisor', 'e9f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0345-v3-snapshot-hypervisor',
                component: ComponentCreator('/standards/scs-0345-v3-snapshot-hypervisor', '265'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0346-v1-volume-status',
                component: ComponentCreator('/standards/scs-0346-v1-volume-status', '970'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0346-v2-volume-status',
                component: ComponentCreator('/standards/scs-0346-v2-volume-status', '53a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0346-v3-volume-status',
                component: ComponentCreator('/standards/scs-0346-v3-volume-status', '7cb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0346-v4-volume-status',
                component: ComponentCreator('/standards/scs-0346-v4-volume-status', 'cad'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0347-v1-metrics-policy-dns',
                component: ComponentCreator('/standards/scs-0347-v1-metrics-policy-dns', '7fc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0347-v2-metrics-policy-dns',
                component: ComponentCreator('/standards/scs-0347-v2-metrics-policy-dns', '6eb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0348-v1-node-quota',
                component: ComponentCreator('/standards/scs-0348-v1-node-quota', '2b4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0349-v1-ingress-replication-role',
                component: ComponentCreator('/standards/scs-0349-v1-ingress-replication-role', '220'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0349-v2-ingress-replication-role',
                component: ComponentCreator('/standards/scs-0349-v2-ingress-replication-role', '85c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0350-v1-logging-registry-tenant',
                component: ComponentCreator('/standards/scs-0350-v1-logging-registry-tenant', '552'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0350-v2-logging-registry-tenant',
                component: ComponentCreator('/standards/scs-0350-v2-logging-registry-tenant', '191'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0351-v1-registry-metadata-image',
                component: ComponentCreator('/standards/scs-0351-v1-registry-metadata-image', '57e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0351-v2-registry-metadata-image',
                component: ComponentCreator('/standards/scs-0351-v2-registry-metadata-image', '8bf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0351-v3-registry-metadata-image',
                component: ComponentCreator('/standards/scs-0351-v3-registry-metadata-image', '408'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0351-w1-registry-metadata-image-implementation-notes',
                component: ComponentCreator('/standards/scs-0351-w1-registry-metadata-image-implementation-notes', '92f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0352-v1-encryption-secret',
                component: ComponentCreator('/standards/scs-0352-v1-encryption-secret', '2d0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0352-v2-encryption-secret',
                component: ComponentCreator('/standards/scs-0352-v2-encryption-secret', 'daa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0352-v3-encryption-secret',
                component: ComponentCreator('/standards/scs-0352-v3-encryption-secret', '0ad'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0353-v1-project-secret',
                component: ComponentCreator('/standards/scs-0353-v1-project-secret', 'b32'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0354-v1-snapshot-audit',
                component: ComponentCreator('/standards/scs-0354-v1-snapshot-audit', '32d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0355-v1-naming-quota',
                component: ComponentCreator('/standards/scs-0355-v1-naming-quota', 'e7d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0356-v1-placement-policy',
                component: ComponentCreator('/standards/scs-0356-v1-placement-policy', 'ac6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0357-v1-policy-endpoint-status',
                component: ComponentCreator('/standards/scs-0357-v1-policy-endpoint-status', '05f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0357-v2-policy-endpoint-status',
                component: ComponentCreator('/standards/scs-0357-v2-policy-endpoint-status', '709'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0357-v3-policy-endpoint-status',
                component: ComponentCreator('/standards/scs-0357-v3-policy-endpoint-status', '561'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0358-v1-naming-dns-role',
                component: ComponentCreator('/standards/scs-0358-v1-naming-dns-role', '6d6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0359-v1-gateway-node',
                component: ComponentCreator('/standards/scs-0359-v1-gateway-node', 'bb9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0359-v2-gateway-node',
                component: ComponentCreator('/standards/scs-0359-v2-gateway-node', 'aba'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0359-v3-gateway-node',
                component: ComponentCreator('/standards/scs-0359-v3-gateway-node', '4f2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0360-v1-snapshot-audit',
                component: ComponentCreator('/standards/scs-0360-v1-snapshot-audit', 'cd6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0360-v2-snapshot-audit',
                component: ComponentCreator('/standards/scs-0360-v2-snapshot-audit', '98e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0360-v3-snapshot-audit',
                component: ComponentCreator('/standards/scs-0360-v3-snapshot-audit', '7fd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0361-v1-ingress-certificate',
                component: ComponentCreator('/standards/scs-0361-v1-ingress-certificate', '4b7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0361-v2-ingress-certificate',
                component: ComponentCreator('/standards/scs-0361-v2-ingress-certificate', '093'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0361-v3-ingress-certificate',
                component: ComponentCreator('/standards/scs-0361-v3-ingress-certificate', 'd40'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0361-v4-ingress-certificate',
                component: ComponentCreator('/standards/scs-0361-v4-ingress-certificate', '0db'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0362-v1-snapshot-image',
                component: ComponentCreator('/standards/scs-0362-v1-snapshot-image', '844'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0362-v2-snapshot-image',
                component: ComponentCreator('/standards/scs-0362-v2-snapshot-image', '6bd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0362-v3-snapshot-image',
                component: ComponentCreator('/standards/scs-0362-v3-snapshot-image', 'ae3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0362-w1-snapshot-image-implementation-notes',
                component: ComponentCreator('/standards/scs-0362-w1-snapshot-image-implementation-notes', '049'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0363-v1-backup-encryption-federation',
                component: ComponentCreator('/standards/scs-0363-v1-backup-encryption-federation', '411'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0363-v2-backup-encryption-federation',
                component: ComponentCreator('/standards/scs-0363-v2-backup-encryption-federation', '7a4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0363-v3-backup-encryption-federation',
                component: ComponentCreator('/standards/scs-0363-v3-backup-encryption-federation', '146'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0364-v1-node-registry',
                component: ComponentCreator('/standards/scs-0364-v1-node-registry', 'cef'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0365-v1-quota-secret-metadata',
                component: ComponentCreator('/standards/scs-0365-v1-quota-secret-metadata', '983'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0365-v2-quota-secret-metadata',
                component: ComponentCreator('/standards/scs-0365-v2-quota-secret-metadata', '4a9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0365-w1-quota-secret-metadata-implementation-notes',
                component: ComponentCreator('/standards/scs-0365-w1-quota-secret-metadata-implementation-notes', 'ad5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0366-v1-replication-router',
                component: ComponentCreator('/standards/scs-0366-v1-replication-router', '4f4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0367-v1-tenant-quota',
                component: ComponentCreator('/standards/scs-0367-v1-tenant-quota', 'a46'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0367-v2-tenant-quota',
                component: ComponentCreator('/standards/scs-0367-v2-tenant-quota', 'dd1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0368-v1-volume-logging-quota',
                component: ComponentCreator('/standards/scs-0368-v1-volume-logging-quota', '9bd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0369-v1-scheduler-domain',
                component: ComponentCreator('/standards/scs-0369-v1-scheduler-domain', '303'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0369-v2-scheduler-domain',
                component: ComponentCreator('/standards/scs-0369-v2-scheduler-domain', '8d3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0370-v1-quota-time-ingress',
                component: ComponentCreator('/standards/scs-0370-v1-quota-time-ingress', '370'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0370-v2-quota-time-ingress',
                component: ComponentCreator('/standards/scs-0370-v2-quota-time-ingress', '4d0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0371-v1-endpoint-version',
                component: ComponentCreator('/standards/scs-0371-v1-endpoint-version', '3ab'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0371-v2-endpoint-version',
                component: ComponentCreator('/standards/scs-0371-v2-endpoint-version', '98b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0372-v1-federation-snapshot',
                component: ComponentCreator('/standards/scs-0372-v1-federation-snapshot', '86f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0372-v2-federation-snapshot',
                component: ComponentCreator('/standards/scs-0372-v2-federation-snapshot', '27b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0372-v3-federation-snapshot',
                component: ComponentCreator('/standards/scs-0372-v3-federation-snapshot', 'b0a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0373-v1-balancer-zone',
                component: ComponentCreator('/standards/scs-0373-v1-balancer-zone', '6d5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0374-v1-replication-tenant',
                component: ComponentCreator('/standards/scs-0374-v1-replication-tenant', '27f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0374-v2-replication-tenant',
                component: ComponentCreator('/standards/scs-0374-v2-replication-tenant', '695'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0400-v1-placement-status-balancer',
                component: ComponentCreator('/standards/scs-0400-v1-placement-status-balancer', '003'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0400-v2-placement-status-balancer',
                component: ComponentCreator('/standards/scs-0400-v2-placement-status-balancer', '079'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0400-v3-placement-status-balancer',
                component: ComponentCreator('/standards/scs-0400-v3-placement-status-balancer', '7ee'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0400-w1-placement-status-balancer-implementation-notes',
                component: ComponentCreator('/standards/scs-0400-w1-placement-status-balancer-implementation-notes', 'f36'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0401-v1-logging-flavor-naming',
                component: ComponentCreator('/standards/scs-0401-v1-logging-flavor-naming', '30b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0402-v1-policy-node',
                component: ComponentCreator('/standards/scs-0402-v1-policy-node', 'ccc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0402-v2-policy-node',
                component: ComponentCreator('/standards/scs-0402-v2-policy-node', 'b13'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0403-v1-dns-logging',
                component: ComponentCreator('/standards/scs-0403-v1-dns-logging', 'b32'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0404-v1-image-role',
                component: ComponentCreator('/standards/scs-0404-v1-image-role', '873'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0404-v2-image-role',
                component: ComponentCreator('/standards/scs-0404-v2-image-role', '3ac'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0405-v1-firmware-scheduler-quota',
                component: ComponentCreator('/standards/scs-0405-v1-firmware-scheduler-quota', 'f7b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0406-v1-region-naming-encryption',
                component: ComponentCreator('/standards/scs-0406-v1-region-naming-encryption', '197'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0407-v1-hypervisor-storage',
                component: ComponentCreator('/standards/scs-0407-v1-hypervisor-storage', '17e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0407-v2-hypervisor-storage',
                component: ComponentCreator('/standards/scs-0407-v2-hypervisor-storage', '9d6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0408-v1-entropy-balancer-snapshot',
                component: ComponentCreator('/standards/scs-0408-v1-entropy-balancer-snapshot', 'b05'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0408-v2-entropy-balancer-snapshot',
                component: ComponentCreator('/standards/scs-0408-v2-entropy-balancer-snapshot', '647'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0408-v3-entropy-balancer-snapshot',
                component: ComponentCreator('/standards/scs-0408-v3-entropy-balancer-snapshot', 'b6f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0409-v1-node-router-metrics',
                component: ComponentCreator('/standards/scs-0409-v1-node-router-metrics', 'e3e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0410-v1-encryption-policy-router',
                component: ComponentCreator('/standards/scs-0410-v1-encryption-policy-router', 'f3c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0411-v1-storage-scheduler',
                component: ComponentCreator('/standards/scs-0411-v1-storage-scheduler', '00c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0411-v2-storage-scheduler',
                component: ComponentCreator('/standards/scs-0411-v2-storage-scheduler', '484'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0412-v1-quota-certificate-metadata',
                component: ComponentCreator('/standards/scs-0412-v1-quota-certificate-metadata', '422'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0413-v1-image-balancer',
                component: ComponentCreator('/standards/scs-0413-v1-image-balancer', 'b0f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0414-v1-project-audit-encryption',
                component: ComponentCreator('/standards/scs-0414-v1-project-audit-encryption', '366'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0415-v1-secret-certificate-encryption',
                component: ComponentCreator('/standards/scs-0415-v1-secret-certificate-encryption', '313'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0416-v1-time-quota',
                component: ComponentCreator('/standards/scs-0416-v1-time-quota', 'ba4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0417-v1-time-upgrade',
                component: ComponentCreator('/standards/scs-0417-v1-time-upgrade', 'd88'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0418-v1-catalog-time-node',
                component: ComponentCreator('/standards/scs-0418-v1-catalog-time-node', '56d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0419-v1-balancer-secret',
                component: ComponentCreator('/standards/scs-0419-v1-balancer-secret', '74e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0420-v1-gateway-tenant-project',
                component: ComponentCreator('/standards/scs-0420-v1-gateway-tenant-project', 'f0d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0420-v2-gateway-tenant-project',
                component: ComponentCreator('/standards/scs-0420-v2-gateway-tenant-project', '773'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0420-v3-gateway-tenant-project',
                component: ComponentCreator('/standards/scs-0420-v3-gateway-tenant-project', 'e8b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0420-v4-gateway-tenant-project',
                component: ComponentCreator('/standards/scs-0420-v4-gateway-tenant-project', '894'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0421-v1-image-time',
                component: ComponentCreator('/standards/scs-0421-v1-image-time', 'a2e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0422-v1-naming-volume-hypervisor',
                component: ComponentCreator('/standards/scs-0422-v1-naming-volume-hypervisor', '64d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0422-v2-naming-volume-hypervisor',
                component: ComponentCreator('/standards/scs-0422-v2-naming-volume-hypervisor', '18e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0423-v1-catalog-balancer-gateway',
                component: ComponentCreator('/standards/scs-0423-v1-catalog-balancer-gateway', '5f2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0423-v2-catalog-balancer-gateway',
                component: ComponentCreator('/standards/scs-0423-v2-catalog-balancer-gateway', '7e3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0424-v1-status-flavor',
                component: ComponentCreator('/standards/scs-0424-v1-status-flavor', '659'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0425-v1-quota-audit',
                component: ComponentCreator('/standards/scs-0425-v1-quota-audit', '745'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0425-v2-quota-audit',
                component: ComponentCreator('/standards/scs-0425-v2-quota-audit', '6e6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0425-v3-quota-audit',
                component: ComponentCreator('/standards/scs-0425-v3-quota-audit', '120'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0426-v1-tenant-zone-dns',
                component: ComponentCreator('/standards/scs-0426-v1-tenant-zone-dns', 'a78'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0426-v2-tenant-zone-dns',
                component: ComponentCreator('/standards/scs-0426-v2-tenant-zone-dns', 'df6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0426-w1-tenant-zone-dns-implementation-notes',
                component: ComponentCreator('/standards/scs-0426-w1-tenant-zone-dns-implementation-notes', 'd9b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0427-v1-registry-status',
                component: ComponentCreator('/standards/scs-0427-v1-registry-status', 'd2d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0428-v1-logging-router-scheduler',
                component: ComponentCreator('/standards/scs-0428-v1-logging-router-scheduler', '51a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0429-v1-dns-tenant',
                component: ComponentCreator('/standards/scs-0429-v1-dns-tenant', '1ee'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0429-v2-dns-tenant',
                component: ComponentCreator('/standards/scs-0429-v2-dns-tenant', '8cb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0430-v1-firmware-backup',
                component: ComponentCreator('/standards/scs-0430-v1-firmware-backup', '38a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0430-v2-firmware-backup',
                component: ComponentCreator('/standards/scs-0430-v2-firmware-backup', 'b65'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0431-v1-firmware-metadata',
                component: ComponentCreator('/standards/scs-0431-v1-firmware-metadata', '110'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0431-v2-firmware-metadata',
                component: ComponentCreator('/standards/scs-0431-v2-firmware-metadata', 'e35'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0432-v1-metrics-snapshot-flavor',
                component: ComponentCreator('/standards/scs-0432-v1-metrics-snapshot-flavor', 'd96'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0433-v1-entropy-naming',
                component: ComponentCreator('/standards/scs-0433-v1-entropy-naming', 'd05'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0434-v1-zone-encryption-flavor',
                component: ComponentCreator('/standards/scs-0434-v1-zone-encryption-flavor', 'e90'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0434-v2-zone-encryption-flavor',
                component: ComponentCreator('/standards/scs-0434-v2-zone-encryption-flavor', '48c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0434-w1-zone-encryption-flavor-implementation-notes',
                component: ComponentCreator('/standards/scs-0434-w1-zone-encryption-flavor-implementation-notes', '967'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0435-v1-audit-network-scheduler',
                component: ComponentCreator('/standards/scs-0435-v1-audit-network-scheduler', 'd11'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0435-v2-audit-network-scheduler',
                component: ComponentCreator('/standards/scs-0435-v2-audit-network-scheduler', '8fc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0435-v3-audit-network-scheduler',
                component: ComponentCreator('/standards/scs-0435-v3-audit-network-scheduler', 'f84'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0435-v4-audit-network-scheduler',
                component: ComponentCreator('/standards/scs-0435-v4-audit-network-scheduler', '0cb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0436-v1-network-placement-version',
                component: ComponentCreator('/standards/scs-0436-v1-network-placement-version', '9f3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0437-v1-replication-naming',
                component: ComponentCreator('/standards/scs-0437-v1-replication-naming', 'dc0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0438-v1-role-version',
                component: ComponentCreator('/standards/scs-0438-v1-role-version', 'f3f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0438-v2-role-version',
                component: ComponentCreator('/standards/scs-0438-v2-role-version', '302'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0438-v3-role-version',
                component: ComponentCreator('/standards/scs-0438-v3-role-version', '96f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0438-w1-role-version-implementation-notes',
                component: ComponentCreator('/standards/scs-0438-w1-role-version-implementation-notes', '763'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0439-v1-upgrade-storage',
                component: ComponentCreator('/standards/scs-0439-v1-upgrade-storage', '5a8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0439-v2-upgrade-storage',
                component: ComponentCreator('/standards/scs-0439-v2-upgrade-storage', 'b91'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0439-w1-upgrade-storage-implementation-notes',
                component: ComponentCreator('/standards/scs-0439-w1-upgrade-storage-implementation-notes', '0e3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0440-v1-backup-image',
                component: ComponentCreator('/standards/scs-0440-v1-backup-image', '719'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0441-v1-federation-backup',
                component: ComponentCreator('/standards/scs-0441-v1-federation-backup', '47a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0442-v1-quota-audit',
                component: ComponentCreator('/standards/scs-0442-v1-quota-audit', 'e24'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0442-v2-quota-audit',
                component: ComponentCreator('/standards/scs-0442-v2-quota-audit', 'e33'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0442-v3-quota-audit',
                component: ComponentCreator('/standards/scs-0442-v3-quota-audit', '604'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0442-v4-quota-audit',
                component: ComponentCreator('/standards/scs-0442-v4-quota-audit', 'b3a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0443-v1-quota-status',
                component: ComponentCreator('/standards/scs-0443-v1-quota-status', '6e1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0444-v1-federation-time-image',
                component: ComponentCreator('/standards/scs-0444-v1-federation-time-image', 'b1a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0445-v1-ingress-flavor',
                component: ComponentCreator('/standards/scs-0445-v1-ingress-flavor', 'e44'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0445-v2-ingress-flavor',
                component: ComponentCreator('/standards/scs-0445-v2-ingress-flavor', '93e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0445-v3-ingress-flavor',
                component: ComponentCreator('/standards/scs-0445-v3-ingress-flavor', 'b71'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0445-w1-ingress-flavor-implementation-notes',
                component: ComponentCreator('/standards/scs-0445-w1-ingress-flavor-implementation-notes', 'e9b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0446-v1-project-hypervisor',
                component: ComponentCreator('/standards/scs-0446-v1-project-hypervisor', '970'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0446-v2-project-hypervisor',
                component: ComponentCreator('/standards/scs-0446-v2-project-hypervisor', 'fda'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0446-w1-project-hypervisor-implementation-notes',
                component: ComponentCreator('/standards/scs-0446-w1-project-hypervisor-implementation-notes', '475'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0447-v1-router-hypervisor-network',
                component: ComponentCreator('/standards/scs-0447-v1-router-hypervisor-network', 'e97'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0447-v2-router-hypervisor-network',
                component: ComponentCreator('/standards/scs-0447-v2-router-hypervisor-network', 'fd6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0447-v3-router-hypervisor-network',
                component: ComponentCreator('/standards/scs-0447-v3-router-hypervisor-network', '9cd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0448-v1-certificate-zone-ingress',
                component: ComponentCreator('/standards/scs-0448-v1-certificate-zone-ingress', '283'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0448-v2-certificate-zone-ingress',
                component: ComponentCreator('/standards/scs-0448-v2-certificate-zone-ingress', '483'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0448-v3-certificate-zone-ingress',
                component: ComponentCreator('/standards/scs-0448-v3-certificate-zone-ingress', 'f18'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0449-v1-balancer-upgrade',
                component: ComponentCreator('/standards/scs-0449-v1-balancer-upgrade', '1f5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0450-v1-policy-certificate-quota',
                component: ComponentCreator('/standards/scs-0450-v1-policy-certificate-quota', 'ce1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0450-v2-policy-certificate-quota',
                component: ComponentCreator('/standards/scs-0450-v2-policy-certificate-quota', '68b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0451-v1-replication-storage-volume',
                component: ComponentCreator('/standards/scs-0451-v1-replication-storage-volume', 'f03'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0451-v2-replication-storage-volume',
                component: ComponentCreator('/standards/scs-0451-v2-replication-storage-volume', '75e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0452-v1-status-replication',
                component: ComponentCreator('/standards/scs-0452-v1-status-replication', '2f7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0452-v2-status-replication',
                component: ComponentCreator('/standards/scs-0452-v2-status-replication', 'f4a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0452-v3-status-replication',
                component: ComponentCreator('/standards/scs-0452-v3-status-replication', '6d0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0452-w1-status-replication-implementation-notes',
                component: ComponentCreator('/standards/scs-0452-w1-status-replication-implementation-notes', '79e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0453-v1-zone-role-catalog',
                component: ComponentCreator('/standards/scs-0453-v1-zone-role-catalog', 'ea4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0453-v2-zone-role-catalog',
                component: ComponentCreator('/standards/scs-0453-v2-zone-role-catalog', '3ec'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0454-v1-placement-flavor-domain',
                component: ComponentCreator('/standards/scs-0454-v1-placement-flavor-domain', '7e0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0454-v2-placement-flavor-domain',
                component: ComponentCreator('/standards/scs-0454-v2-placement-flavor-domain', 'f6c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0454-w1-placement-flavor-domain-implementation-notes',
                component: ComponentCreator('/standards/scs-0454-w1-placement-flavor-domain-implementation-notes', 'ac4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0455-v1-domain-node',
                component: ComponentCreator('/standards/scs-0455-v1-domain-node', '46d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0455-v2-domain-node',
                component: ComponentCreator('/standards/scs-0455-v2-domain-node', 'b66'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0456-v1-dns-network-time',
                component: ComponentCreator('/standards/scs-0456-v1-dns-network-time', 'caa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0456-v2-dns-network-time',
                component: ComponentCreator('/standards/scs-0456-v2-dns-network-time', '9ac'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0456-w1-dns-network-time-implementation-notes',
                component: ComponentCreator('/standards/scs-0456-w1-dns-network-time-implementation-notes', '7e5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0457-v1-secret-gateway',
                component: ComponentCreator('/standards/scs-0457-v1-secret-gateway', '81c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0457-v2-secret-gateway',
                component: ComponentCreator('/standards/scs-0457-v2-secret-gateway', '283'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0457-v3-secret-gateway',
                component: ComponentCreator('/standards/scs-0457-v3-secret-gateway', 'b4f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0457-v4-secret-gateway',
                component: ComponentCreator('/standards/scs-0457-v4-secret-gateway', '938'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0457-w1-secret-gateway-implementation-notes',
                component: ComponentCreator('/standards/scs-0457-w1-secret-gateway-implementation-notes', '254'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0458-v1-dns-certificate',
                component: ComponentCreator('/standards/scs-0458-v1-dns-certificate', '8e2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0459-v1-tenant-upgrade-backup',
                component: ComponentCreator('/standards/scs-0459-v1-tenant-upgrade-backup', 'd89'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0459-v2-tenant-upgrade-backup',
                component: ComponentCreator('/standards/scs-0459-v2-tenant-upgrade-backup', '653'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0459-v3-tenant-upgrade-backup',
                component: ComponentCreator('/standards/scs-0459-v3-tenant-upgrade-backup', 'e9a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0459-v4-tenant-upgrade-backup',
                component: ComponentCreator('/standards/scs-0459-v4-tenant-upgrade-backup', '1a1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0460-v1-storage-ingress',
                component: ComponentCreator('/standards/scs-0460-v1-storage-ingress', '50e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0460-v2-storage-ingress',
                component: ComponentCreator('/standards/scs-0460-v2-storage-ingress', '227'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0460-v3-storage-ingress',
                component: ComponentCreator('/standards/scs-0460-v3-storage-ingress', 'e4e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0461-v1-registry-audit-upgrade',
                component: ComponentCreator('/standards/scs-0461-v1-registry-audit-upgrade', '854'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0461-v2-registry-audit-upgrade',
                component: ComponentCreator('/standards/scs-0461-v2-registry-audit-upgrade', '6f7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0461-w1-registry-audit-upgrade-implementation-notes',
                component: ComponentCreator('/standards/scs-0461-w1-registry-audit-upgrade-implementation-notes', '280'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0462-v1-role-router-balancer',
                component: ComponentCreator('/standards/scs-0462-v1-role-router-balancer', '3f4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0463-v1-storage-audit',
                component: ComponentCreator('/standards/scs-0463-v1-storage-audit', '421'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0464-v1-snapshot-replication-time',
                component: ComponentCreator('/standards/scs-0464-v1-snapshot-replication-time', 'f56'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0464-v2-snapshot-replication-time',
                component: ComponentCreator('/standards/scs-0464-v2-snapshot-replication-time', '427'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0464-v3-snapshot-replication-time',
                component: ComponentCreator('/standards/scs-0464-v3-snapshot-replication-time', 'b88'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0464-v4-snapshot-replication-time',
                component: ComponentCreator('/standards/scs-0464-v4-snapshot-replication-time', '4ab'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0464-w1-snapshot-replication-time-implementation-notes',
                component: ComponentCreator('/standards/scs-0464-w1-snapshot-replication-time-implementation-notes', 'f73'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0465-v1-placement-upgrade',
                component: ComponentCreator('/standards/scs-0465-v1-placement-upgrade', '8b5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0465-v2-placement-upgrade',
                component: ComponentCreator('/standards/scs-0465-v2-placement-upgrade', '176'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0465-w1-placement-upgrade-implementation-notes',
                component: ComponentCreator('/standards/scs-0465-w1-placement-upgrade-implementation-notes', 'faa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0466-v1-catalog-logging',
                component: ComponentCreator('/standards/scs-0466-v1-catalog-logging', '8e4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0466-v2-catalog-logging',
                component: ComponentCreator('/standards/scs-0466-v2-catalog-logging', 'ac0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0467-v1-metadata-snapshot-project',
                component: ComponentCreator('/standards/scs-0467-v1-metadata-snapshot-project', '901'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0467-v2-metadata-snapshot-project',
                component: ComponentCreator('/standards/scs-0467-v2-metadata-snapshot-project', '8e3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0467-w1-metadata-snapshot-project-implementation-notes',
                component: ComponentCreator('/standards/scs-0467-w1-metadata-snapshot-project-implementation-notes', 'f24'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0468-v1-storage-project-endpoint',
                component: ComponentCreator('/standards/scs-0468-v1-storage-project-endpoint', '1f5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0468-v2-storage-project-endpoint',
                component: ComponentCreator('/standards/scs-0468-v2-storage-project-endpoint', 'dcb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0468-w1-storage-project-endpoint-implementation-notes',
                component: ComponentCreator('/standards/scs-0468-w1-storage-project-endpoint-implementation-notes', 'b04'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0469-v1-upgrade-scheduler-hypervisor',
                component: ComponentCreator('/standards/scs-0469-v1-upgrade-scheduler-hypervisor', '982'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0470-v1-endpoint-snapshot-replication',
                component: ComponentCreator('/standards/scs-0470-v1-endpoint-snapshot-replication', '596'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0471-v1-policy-router-audit',
                component: ComponentCreator('/standards/scs-0471-v1-policy-router-audit', '454'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0471-v2-policy-router-audit',
                component: ComponentCreator('/standards/scs-0471-v2-policy-router-audit', 'd22'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0471-w1-policy-router-audit-implementation-notes',
                component: ComponentCreator('/standards/scs-0471-w1-policy-router-audit-implementation-notes', 'aea'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0472-v1-audit-volume-storage',
                component: ComponentCreator('/standards/scs-0472-v1-audit-volume-storage', 'b0c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0472-v2-audit-volume-storage',
                component: ComponentCreator('/standards/scs-0472-v2-audit-volume-storage', 'a62'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0472-v3-audit-volume-storage',
                component: ComponentCreator('/standards/scs-0472-v3-audit-volume-storage', 'fa6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0472-w1-audit-volume-storage-implementation-notes',
                component: ComponentCreator('/standards/scs-0472-w1-audit-volume-storage-implementation-notes', '429'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0473-v1-audit-flavor',
                component: ComponentCreator('/standards/scs-0473-v1-audit-flavor', '553'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0473-v2-audit-flavor',
                component: ComponentCreator('/standards/scs-0473-v2-audit-flavor', '67e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0474-v1-volume-snapshot',
                component: ComponentCreator('/standards/scs-0474-v1-volume-snapshot', 'c54'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0474-v2-volume-snapshot',
                component: ComponentCreator('/standards/scs-0474-v2-volume-snapshot', '462'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0474-v3-volume-snapshot',
                component: ComponentCreator('/standards/scs-0474-v3-volume-snapshot', '623'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0474-w1-volume-snapshot-implementation-notes',
                component: ComponentCreator('/standards/scs-0474-w1-volume-snapshot-implementation-notes', 'bd9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0500-v1-entropy-hypervisor-encryption',
                component: ComponentCreator('/standards/scs-0500-v1-entropy-hypervisor-encryption', '2a9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0501-v1-storage-firmware',
                component: ComponentCreator('/standards/scs-0501-v1-storage-firmware', '23f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0501-v2-storage-firmware',
                component: ComponentCreator('/standards/scs-0501-v2-storage-firmware', '6a5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0502-v1-catalog-ingress-naming',
                component: ComponentCreator('/standards/scs-0502-v1-catalog-ingress-naming', 'e75'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0503-v1-encryption-region-zone',
                component: ComponentCreator('/standards/scs-0503-v1-encryption-region-zone', '1d6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0503-v2-encryption-region-zone',
                component: ComponentCreator('/standards/scs-0503-v2-encryption-region-zone', '55e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0503-w1-encryption-region-zone-implementation-notes',
                component: ComponentCreator('/standards/scs-0503-w1-encryption-region-zone-implementation-notes', 'ddb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0504-v1-balancer-time-flavor',
                component: ComponentCreator('/standards/scs-0504-v1-balancer-time-flavor', '9cd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0505-v1-domain-gateway-quota',
                component: ComponentCreator('/standards/scs-0505-v1-domain-gateway-quota', 'ca5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0506-v1-entropy-upgrade-backup',
                component: ComponentCreator('/standards/scs-0506-v1-entropy-upgrade-backup', '02b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0507-v1-metadata-quota-naming',
                component: ComponentCreator('/standards/scs-0507-v1-metadata-quota-naming', '960'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0507-v2-metadata-quota-naming',
                component: ComponentCreator('/standards/scs-0507-v2-metadata-quota-naming', 'd8c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0507-v3-metadata-quota-naming',
                component: ComponentCreator('/standards/scs-0507-v3-metadata-quota-naming', 'c53'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0507-v4-metadata-quota-naming',
                component: ComponentCreator('/standards/scs-0507-v4-metadata-quota-naming', '3a5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0508-v1-domain-policy-router',
                component: ComponentCreator('/standards/scs-0508-v1-domain-policy-router', '8cc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0509-v1-version-entropy',
                component: ComponentCreator('/standards/scs-0509-v1-version-entropy', '553'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0510-v1-balancer-status-placement',
                component: ComponentCreator('/standards/scs-0510-v1-balancer-status-placement', '6a8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0511-v1-ingress-hypervisor-encryption',
                component: ComponentCreator('/standards/scs-0511-v1-ingress-hypervisor-encryption', '747'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0511-v2-ingress-hypervisor-encryption',
                component: ComponentCreator('/standards/scs-0511-v2-ingress-hypervisor-encryption', 'd54'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0511-v3-ingress-hypervisor-encryption',
                component: ComponentCreator('/standards/scs-0511-v3-ingress-hypervisor-encryption', 'e17'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0512-v1-replication-encryption-image',
                component: ComponentCreator('/standards/scs-0512-v1-replication-encryption-image', 'a97'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0512-v2-replication-encryption-image',
                component: ComponentCreator('/standards/scs-0512-v2-replication-encryption-image', 'a51'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0513-v1-certificate-snapshot',
                component: ComponentCreator('/standards/scs-0513-v1-certificate-snapshot', '8a0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0514-v1-snapshot-dns-upgrade',
                component: ComponentCreator('/standards/scs-0514-v1-snapshot-dns-upgrade', '1c4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0515-v1-region-version-placement',
                component: ComponentCreator('/standards/scs-0515-v1-region-version-placement', '61c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0516-v1-zone-project-logging',
                component: ComponentCreator('/standards/scs-0516-v1-zone-project-logging', '076'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0517-v1-audit-metadata-upgrade',
                component: ComponentCreator('/standards/scs-0517-v1-audit-metadata-upgrade', 'ead'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0517-v2-audit-metadata-upgrade',
                component: ComponentCreator('/standards/scs-0517-v2-audit-metadata-upgrade', '851'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0517-v3-audit-metadata-upgrade',
                component: ComponentCreator('/standards/scs-0517-v3-audit-metadata-upgrade', '39f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0517-v4-audit-metadata-upgrade',
                component: ComponentCreator('/standards/scs-0517-v4-audit-metadata-upgrade', 'ccd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0517-w1-audit-metadata-upgrade-implementation-notes',
                component: ComponentCreator('/standards/scs-0517-w1-audit-metadata-upgrade-implementation-notes', '5ed'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0518-v1-project-backup-region',
                component: ComponentCreator('/standards/scs-0518-v1-project-backup-region', 'e80'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0518-v2-project-backup-region',
                component: ComponentCreator('/standards/scs-0518-v2-project-backup-region', '2ec'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0518-v3-project-backup-region',
                component: ComponentCreator('/standards/scs-0518-v3-project-backup-region', '887'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0519-v1-ingress-balancer',
                component: ComponentCreator('/standards/scs-0519-v1-ingress-balancer', 'd81'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0519-v2-ingress-balancer',
                component: ComponentCreator('/standards/scs-0519-v2-ingress-balancer', '147'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0519-w1-ingress-balancer-implementation-notes',
                component: ComponentCreator('/standards/scs-0519-w1-ingress-balancer-implementation-notes', '240'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0520-v1-catalog-registry',
                component: ComponentCreator('/standards/scs-0520-v1-catalog-registry', '99e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0520-v2-catalog-registry',
                component: ComponentCreator('/standards/scs-0520-v2-catalog-registry', '50b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0520-v3-catalog-registry',
                component: ComponentCreator('/standards/scs-0520-v3-catalog-registry', '9fc'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0521-v1-encryption-registry',
                component: ComponentCreator('/standards/scs-0521-v1-encryption-registry', '566'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0521-v2-encryption-registry',
                component: ComponentCreator('/standards/scs-0521-v2-encryption-registry', '150'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0521-v3-encryption-registry',
                component: ComponentCreator('/standards/scs-0521-v3-encryption-registry', '68f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0522-v1-backup-entropy',
                component: ComponentCreator('/standards/scs-0522-v1-backup-entropy', '471'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0522-v2-backup-entropy',
                component: ComponentCreator('/standards/scs-0522-v2-backup-entropy', 'a95'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0523-v1-zone-metadata-snapshot',
                component: ComponentCreator('/standards/scs-0523-v1-zone-metadata-snapshot', '08c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0523-v2-zone-metadata-snapshot',
                component: ComponentCreator('/standards/scs-0523-v2-zone-metadata-snapshot', 'dde'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0523-w1-zone-metadata-snapshot-implementation-notes',
                component: ComponentCreator('/standards/scs-0523-w1-zone-metadata-snapshot-implementation-notes', '8a2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0524-v1-hypervisor-region',
                component: ComponentCreator('/standards/scs-0524-v1-hypervisor-region', 'd70'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0525-v1-status-router-zone',
                component: ComponentCreator('/standards/scs-0525-v1-status-router-zone', '8d7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0525-v2-status-router-zone',
                component: ComponentCreator('/standards/scs-0525-v2-status-router-zone', '97f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0526-v1-domain-metadata',
                component: ComponentCreator('/standards/scs-0526-v1-domain-metadata', '091'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0526-v2-domain-metadata',
                component: ComponentCreator('/standards/scs-0526-v2-domain-metadata', '60e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0526-v3-domain-metadata',
                component: ComponentCreator('/standards/scs-0526-v3-domain-metadata', '865'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0526-w1-domain-metadata-implementation-notes',
                component: ComponentCreator('/standards/scs-0526-w1-domain-metadata-implementation-notes', '189'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0527-v1-placement-hypervisor',
                component: ComponentCreator('/standards/scs-0527-v1-placement-hypervisor', '3f9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0527-v2-placement-hypervisor',
                component: ComponentCreator('/standards/scs-0527-v2-placement-hypervisor', 'f7a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0527-v3-placement-hypervisor',
                component: ComponentCreator('/standards/scs-0527-v3-placement-hypervisor', '318'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0527-w1-placement-hypervisor-implementation-notes',
                component: ComponentCreator('/standards/scs-0527-w1-placement-hypervisor-implementation-notes', 'bea'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0528-v1-policy-quota-naming',
                component: ComponentCreator('/standards/scs-0528-v1-policy-quota-naming', 'cf4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0528-v2-policy-quota-naming',
                component: ComponentCreator('/standards/scs-0528-v2-policy-quota-naming', '8ac'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0528-v3-policy-quota-naming',
                component: ComponentCreator('/standards/scs-0528-v3-policy-quota-naming', 'b0f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0528-v4-policy-quota-naming',
                component: ComponentCreator('/standards/scs-0528-v4-policy-quota-naming', 'd2b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0529-v1-federation-network-encryption',
                component: ComponentCreator('/standards/scs-0529-v1-federation-network-encryption', '57e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0529-v2-federation-network-encryption',
                component: ComponentCreator('/standards/scs-0529-v2-federation-network-encryption', '56d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0530-v1-storage-scheduler',
                component: ComponentCreator('/standards/scs-0530-v1-storage-scheduler', '253'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0530-v2-storage-scheduler',
                component: ComponentCreator('/standards/scs-0530-v2-storage-scheduler', '91c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0531-v1-balancer-zone-quota',
                component: ComponentCreator('/standards/scs-0531-v1-balancer-zone-quota', '2ce'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0531-v2-balancer-zone-quota',
                component: ComponentCreator('/standards/scs-0531-v2-balancer-zone-quota', 'd47'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0531-w1-balancer-zone-quota-implementation-notes',
                component: ComponentCreator('/standards/scs-0531-w1-balancer-zone-quota-implementation-notes', '5d3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0532-v1-scheduler-audit-replication',
                component: ComponentCreator('/standards/scs-0532-v1-scheduler-audit-replication', '7ec'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0532-v2-scheduler-audit-replication',
                component: ComponentCreator('/standards/scs-0532-v2-scheduler-audit-replication', '14c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0532-v3-scheduler-audit-replication',
                component: ComponentCreator('/standards/scs-0532-v3-scheduler-audit-replication', 'ac9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0532-v4-scheduler-audit-replication',
                component: ComponentCreator('/standards/scs-0532-v4-scheduler-audit-replication', '577'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0533-v1-project-router',
                component: ComponentCreator('/standards/scs-0533-v1-project-router', '722'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0534-v1-hypervisor-quota-status',
                component: ComponentCreator('/standards/scs-0534-v1-hypervisor-quota-status', 'f42'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0534-v2-hypervisor-quota-status',
                component: ComponentCreator('/standards/scs-0534-v2-hypervisor-quota-status', '58c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0535-v1-upgrade-flavor',
                component: ComponentCreator('/standards/scs-0535-v1-upgrade-flavor', 'b97'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0536-v1-storage-image',
                component: ComponentCreator('/standards/scs-0536-v1-storage-image', '4ec'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0536-v2-storage-image',
                component: ComponentCreator('/standards/scs-0536-v2-storage-image', '7f8'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0537-v1-storage-metadata-naming',
                component: ComponentCreator('/standards/scs-0537-v1-storage-metadata-naming', '326'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0537-v2-storage-metadata-naming',
                component: ComponentCreator('/standards/scs-0537-v2-storage-metadata-naming', '832'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0538-v1-registry-time-tenant',
                component: ComponentCreator('/standards/scs-0538-v1-registry-time-tenant', '28a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0538-v2-registry-time-tenant',
                component: ComponentCreator('/standards/scs-0538-v2-registry-time-tenant', '79c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0539-v1-metadata-volume',
                component: ComponentCreator('/standards/scs-0539-v1-metadata-volume', 'f70'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0539-v2-metadata-volume',
                component: ComponentCreator('/standards/scs-0539-v2-metadata-volume', '35f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0539-v3-metadata-volume',
                component: ComponentCreator('/standards/scs-0539-v3-metadata-volume', '4c7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0539-v4-metadata-volume',
                component: ComponentCreator('/standards/scs-0539-v4-metadata-volume', '3fa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0539-w1-metadata-volume-implementation-notes',
                component: ComponentCreator('/standards/scs-0539-w1-metadata-volume-implementation-notes', '41f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0540-v1-version-project-dns',
                component: ComponentCreator('/standards/scs-0540-v1-version-project-dns', '8ea'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0541-v1-storage-secret',
                component: ComponentCreator('/standards/scs-0541-v1-storage-secret', '6c3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0542-v1-audit-node',
                component: ComponentCreator('/standards/scs-0542-v1-audit-node', '3aa'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0542-v2-audit-node',
                component: ComponentCreator('/standards/scs-0542-v2-audit-node', '3f6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0543-v1-quota-catalog-policy',
                component: ComponentCreator('/standards/scs-0543-v1-quota-catalog-policy', '289'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0544-v1-tenant-registry-upgrade',
                component: ComponentCreator('/standards/scs-0544-v1-tenant-registry-upgrade', 'dcf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0544-v2-tenant-registry-upgrade',
                component: ComponentCreator('/standards/scs-0544-v2-tenant-registry-upgrade', '6a6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0545-v1-audit-domain',
                component: ComponentCreator('/standards/scs-0545-v1-audit-domain', 'e8e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0546-v1-version-gateway-endpoint',
                component: ComponentCreator('/standards/scs-0546-v1-version-gateway-endpoint', '3f6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0547-v1-router-federation',
                component: ComponentCreator('/standards/scs-0547-v1-router-federation', '844'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0548-v1-balancer-image-router',
                component: ComponentCreator('/standards/scs-0548-v1-balancer-image-router', 'e35'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0548-v2-balancer-image-router',
                component: ComponentCreator('/standards/scs-0548-v2-balancer-image-router', 'cbf'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0548-v3-balancer-image-router',
                component: ComponentCreator('/standards/scs-0548-v3-balancer-image-router', '695'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0548-v4-balancer-image-router',
                component: ComponentCreator('/standards/scs-0548-v4-balancer-image-router', '48e'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0549-v1-storage-router-dns',
                component: ComponentCreator('/standards/scs-0549-v1-storage-router-dns', '2eb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0550-v1-certificate-entropy',
                component: ComponentCreator('/standards/scs-0550-v1-certificate-entropy', 'dbe'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0550-v2-certificate-entropy',
                component: ComponentCreator('/standards/scs-0550-v2-certificate-entropy', 'e31'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0550-v3-certificate-entropy',
                component: ComponentCreator('/standards/scs-0550-v3-certificate-entropy', '482'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0551-v1-volume-firmware-gateway',
                component: ComponentCreator('/standards/scs-0551-v1-volume-firmware-gateway', '3f7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0551-v2-volume-firmware-gateway',
                component: ComponentCreator('/standards/scs-0551-v2-volume-firmware-gateway', '3b2'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0551-v3-volume-firmware-gateway',
                component: ComponentCreator('/standards/scs-0551-v3-volume-firmware-gateway', 'e15'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0552-v1-status-region',
                component: ComponentCreator('/standards/scs-0552-v1-status-region', 'd65'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0553-v1-catalog-upgrade',
                component: ComponentCreator('/standards/scs-0553-v1-catalog-upgrade', 'cea'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0554-v1-time-catalog',
                component: ComponentCreator('/standards/scs-0554-v1-time-catalog', 'c76'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0555-v1-encryption-naming',
                component: ComponentCreator('/standards/scs-0555-v1-encryption-naming', '9c5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0555-v2-encryption-naming',
                component: ComponentCreator('/standards/scs-0555-v2-encryption-naming', '104'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0555-v3-encryption-naming',
                component: ComponentCreator('/standards/scs-0555-v3-encryption-naming', 'b3a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0555-v4-encryption-naming',
                component: ComponentCreator('/standards/scs-0555-v4-encryption-naming', '0c7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0555-w1-encryption-naming-implementation-notes',
                component: ComponentCreator('/standards/scs-0555-w1-encryption-naming-implementation-notes', 'be7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0556-v1-flavor-gateway-balancer',
                component: ComponentCreator('/standards/scs-0556-v1-flavor-gateway-balancer', '164'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0557-v1-image-volume',
                component: ComponentCreator('/standards/scs-0557-v1-image-volume', 'ece'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0557-v2-image-volume',
                component: ComponentCreator('/standards/scs-0557-v2-image-volume', '686'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0557-v3-image-volume',
                component: ComponentCreator('/standards/scs-0557-v3-image-volume', 'b84'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0558-v1-role-snapshot-dns',
                component: ComponentCreator('/standards/scs-0558-v1-role-snapshot-dns', 'f41'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0558-v2-role-snapshot-dns',
                component: ComponentCreator('/standards/scs-0558-v2-role-snapshot-dns', '2b5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0559-v1-encryption-domain',
                component: ComponentCreator('/standards/scs-0559-v1-encryption-domain', 'a80'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0559-v2-encryption-domain',
                component: ComponentCreator('/standards/scs-0559-v2-encryption-domain', 'db3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0560-v1-status-hypervisor-project',
                component: ComponentCreator('/standards/scs-0560-v1-status-hypervisor-project', '49b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0561-v1-role-secret',
                component: ComponentCreator('/standards/scs-0561-v1-role-secret', 'ceb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0561-v2-role-secret',
                component: ComponentCreator('/standards/scs-0561-v2-role-secret', 'ecd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0561-w1-role-secret-implementation-notes',
                component: ComponentCreator('/standards/scs-0561-w1-role-secret-implementation-notes', 'c52'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0562-v1-entropy-version-encryption',
                component: ComponentCreator('/standards/scs-0562-v1-entropy-version-encryption', '181'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0563-v1-role-quota',
                component: ComponentCreator('/standards/scs-0563-v1-role-quota', '14f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0563-v2-role-quota',
                component: ComponentCreator('/standards/scs-0563-v2-role-quota', '25a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0564-v1-ingress-registry',
                component: ComponentCreator('/standards/scs-0564-v1-ingress-registry', '3b0'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0565-v1-time-entropy',
                component: ComponentCreator('/standards/scs-0565-v1-time-entropy', 'b50'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0565-v2-time-entropy',
                component: ComponentCreator('/standards/scs-0565-v2-time-entropy', 'e38'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0565-v3-time-entropy',
                component: ComponentCreator('/standards/scs-0565-v3-time-entropy', 'f0f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0565-v4-time-entropy',
                component: ComponentCreator('/standards/scs-0565-v4-time-entropy', '5fe'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0565-w1-time-entropy-implementation-notes',
                component: ComponentCreator('/standards/scs-0565-w1-time-entropy-implementation-notes', '015'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0566-v1-router-endpoint',
                component: ComponentCreator('/standards/scs-0566-v1-router-endpoint', '85d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0566-v2-router-endpoint',
                component: ComponentCreator('/standards/scs-0566-v2-router-endpoint', '7b7'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0566-v3-router-endpoint',
                component: ComponentCreator('/standards/scs-0566-v3-router-endpoint', '2dd'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0566-w1-router-endpoint-implementation-notes',
                component: ComponentCreator('/standards/scs-0566-w1-router-endpoint-implementation-notes', 'dd6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0567-v1-image-backup',
                component: ComponentCreator('/standards/scs-0567-v1-image-backup', '496'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0567-v2-image-backup',
                component: ComponentCreator('/standards/scs-0567-v2-image-backup', '9e6'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0567-v3-image-backup',
                component: ComponentCreator('/standards/scs-0567-v3-image-backup', 'b29'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0567-v4-image-backup',
                component: ComponentCreator('/standards/scs-0567-v4-image-backup', '504'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0568-v1-project-audit-domain',
                component: ComponentCreator('/standards/scs-0568-v1-project-audit-domain', 'ac9'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0568-v2-project-audit-domain',
                component: ComponentCreator('/standards/scs-0568-v2-project-audit-domain', 'dcb'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0568-v3-project-audit-domain',
                component: ComponentCreator('/standards/scs-0568-v3-project-audit-domain', 'f93'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0568-w1-project-audit-domain-implementation-notes',
                component: ComponentCreator('/standards/scs-0568-w1-project-audit-domain-implementation-notes', '608'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0569-v1-region-time',
                component: ComponentCreator('/standards/scs-0569-v1-region-time', 'd6f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0569-v2-region-time',
                component: ComponentCreator('/standards/scs-0569-v2-region-time', '2c5'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0569-v3-region-time',
                component: ComponentCreator('/standards/scs-0569-v3-region-time', 'fc3'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0570-v1-router-project-flavor',
                component: ComponentCreator('/standards/scs-0570-v1-router-project-flavor', 'df1'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0570-v2-router-project-flavor',
                component: ComponentCreator('/standards/scs-0570-v2-router-project-flavor', '808'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0570-w1-router-project-flavor-implementation-notes',
                component: ComponentCreator('/standards/scs-0570-w1-router-project-flavor-implementation-notes', '23c'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0571-v1-network-router-gateway',
                component: ComponentCreator('/standards/scs-0571-v1-network-router-gateway', 'f45'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0571-v2-network-router-gateway',
                component: ComponentCreator('/standards/scs-0571-v2-network-router-gateway', 'e0b'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0571-v3-network-router-gateway',
                component: ComponentCreator('/standards/scs-0571-v3-network-router-gateway', '22a'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0571-w1-network-router-gateway-implementation-notes',
                component: ComponentCreator('/standards/scs-0571-w1-network-router-gateway-implementation-notes', '18f'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0572-v1-encryption-domain',
                component: ComponentCreator('/standards/scs-0572-v1-encryption-domain', '521'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0573-v1-registry-router',
                component: ComponentCreator('/standards/scs-0573-v1-registry-router', '69d'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0573-v2-registry-router',
                component: ComponentCreator('/standards/scs-0573-v2-registry-router', '9d4'),
                exact: true,
                sidebar: "standards"
              },
              {
                path: '/standards/scs-0573-v3-registry-router',
                component: ComponentCreator('/standards/scs-0573-v3-registry-router', 'f99'),
                exact: true,
                sidebar: "standards"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    path: '/',
    component: ComponentCreator('/', 'e5f'),
    exact: true
  },
  {
    path: '*',
    component: ComponentCreator('*'),
  },
];
