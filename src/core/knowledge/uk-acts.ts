// UK Acts and statutory instruments that pages about children's social care, family law, education, health,
// housing, data protection, equality and human rights name, beyond the ones the knowledge base explains
// (acts.ts): title and legislation.gov.uk id (type/year/chapter or number), so any of them named on a page is
// recognised and linked. CareLens has no summaries of their sections; the card says so.
//
// Ids are the citations legislation.gov.uk files them under (an Act's chapter number, an SI's number). Written
// from the citations, not re-read page by page on legislation.gov.uk in this change: `checked` says so.

export interface UkInstrument {
  title: string;
  /** legislation.gov.uk id, e.g. "ukpga/2000/36", "uksi/2011/581". */
  id: string;
  /** Codes pages use for it, matched case-sensitively ("FOIA"). */
  codes?: string[];
}

export const UK_ACTS_SOURCE = { url: 'https://www.legislation.gov.uk', checked: '2026-12-07', how: 'ids from the citations (year and chapter); not re-read page by page' };

const A = (title: string, id: string, codes?: string[]): UkInstrument => (codes ? { title, id, codes } : { title, id });

export const UK_INSTRUMENTS: UkInstrument[] = [
  // Children and family
  A('Children (Leaving Care) Act 2000', 'ukpga/2000/35'),
  A('Children and Young Persons Act 1963', 'ukpga/1963/37'),
  A('Children and Young Persons Act 1969', 'ukpga/1969/54'),
  A('Children and Adoption Act 2006', 'ukpga/2006/20'),
  A('Adoption Act 1976', 'ukpga/1976/36'),
  A('Care Standards Act 2000', 'ukpga/2000/14', ['CSA 2000']),
  A('Family Law Act 1986', 'ukpga/1986/55'),
  A('Family Law Reform Act 1969', 'ukpga/1969/46'),
  A('Family Law Reform Act 1987', 'ukpga/1987/42'),
  A('Matrimonial Causes Act 1973', 'ukpga/1973/18'),
  A('Child Support Act 1991', 'ukpga/1991/48'),
  A('Child Abduction Act 1984', 'ukpga/1984/37'),
  A('Child Abduction and Custody Act 1985', 'ukpga/1985/60'),
  A('Human Fertilisation and Embryology Act 2008', 'ukpga/2008/22'),
  A('Surrogacy Arrangements Act 1985', 'ukpga/1985/49'),
  A('Civil Partnership Act 2004', 'ukpga/2004/33'),
  A('Gender Recognition Act 2004', 'ukpga/2004/7'),
  A('Inheritance (Provision for Family and Dependants) Act 1975', 'ukpga/1975/63'),
  A('Domestic Violence, Crime and Victims Act 2004', 'ukpga/2004/28'),
  A('Protection from Harassment Act 1997', 'ukpga/1997/40'),
  A('Safeguarding Vulnerable Groups Act 2006', 'ukpga/2006/47'),
  A('Protection of Freedoms Act 2012', 'ukpga/2012/9'),
  A('Police Act 1997', 'ukpga/1997/50'),
  A('Serious Crime Act 2015', 'ukpga/2015/9'),
  A('Crime and Disorder Act 1998', 'ukpga/1998/37'),
  A('Youth Justice and Criminal Evidence Act 1999', 'ukpga/1999/23'),
  A('Anti-social Behaviour, Crime and Policing Act 2014', 'ukpga/2014/12'),
  A('Rehabilitation of Offenders Act 1974', 'ukpga/1974/53'),
  A('Criminal Justice Act 2003', 'ukpga/2003/44'),
  A('Sentencing Act 2020', 'ukpga/2020/17'),
  A('Coroners and Justice Act 2009', 'ukpga/2009/25'),
  // Courts and public bodies
  A('Senior Courts Act 1981', 'ukpga/1981/54'),
  A('Courts Act 2003', 'ukpga/2003/39'),
  A('Crime and Courts Act 2013', 'ukpga/2013/22'),
  A('Contempt of Court Act 1981', 'ukpga/1981/49'),
  A('Tribunals, Courts and Enforcement Act 2007', 'ukpga/2007/15'),
  A('Limitation Act 1980', 'ukpga/1980/58'),
  A('Local Government Act 1972', 'ukpga/1972/70'),
  A('Local Government Act 2000', 'ukpga/2000/22'),
  A('Local Government and Public Involvement in Health Act 2007', 'ukpga/2007/28'),
  A('Localism Act 2011', 'ukpga/2011/20'),
  A('Public Interest Disclosure Act 1998', 'ukpga/1998/23'),
  A('Parliamentary Commissioner Act 1967', 'ukpga/1967/13'),
  // Education
  A('Education Act 2011', 'ukpga/2011/21'),
  A('Education and Inspections Act 2006', 'ukpga/2006/40'),
  A('Education and Skills Act 2008', 'ukpga/2008/25'),
  A('School Standards and Framework Act 1998', 'ukpga/1998/31'),
  A('Academies Act 2010', 'ukpga/2010/32'),
  A('Special Educational Needs and Disability Act 2001', 'ukpga/2001/10'),
  A('Childcare Act 2006', 'ukpga/2006/21'),
  A('Childcare Act 2016', 'ukpga/2016/5'),
  // Health and adult social care
  A('Mental Health Act 1983', 'ukpga/1983/20', ['MHA 1983']),
  A('Mental Health Act 2007', 'ukpga/2007/12'),
  A('Health and Social Care Act 2008', 'ukpga/2008/14'),
  A('Health and Social Care Act 2012', 'ukpga/2012/7'),
  A('National Health Service Act 2006', 'ukpga/2006/41', ['NHS Act 2006']),
  A('Carers and Disabled Children Act 2000', 'ukpga/2000/16'),
  A('Disabled Persons (Services, Consultation and Representation) Act 1986', 'ukpga/1986/33'),
  A('Access to Health Records Act 1990', 'ukpga/1990/23'),
  A('Community Care (Delayed Discharges etc.) Act 2003', 'ukpga/2003/5'),
  // Housing
  A('Housing Act 1985', 'ukpga/1985/68'),
  A('Housing Act 1988', 'ukpga/1988/50'),
  A('Housing Act 1996', 'ukpga/1996/52'),
  A('Housing Act 2004', 'ukpga/2004/34'),
  A('Homelessness Act 2002', 'ukpga/2002/7'),
  A('Homelessness Reduction Act 2017', 'ukpga/2017/13'),
  A('Protection from Eviction Act 1977', 'ukpga/1977/43'),
  A('Housing and Regeneration Act 2008', 'ukpga/2008/17'),
  // Data and information
  A('Data Protection Act 1998', 'ukpga/1998/29', ['DPA 1998']),
  A('Freedom of Information Act 2000', 'ukpga/2000/36', ['FOIA', 'FoIA', 'FOIA 2000', 'FOI Act']),
  A('Access to Personal Files Act 1987', 'ukpga/1987/37'),
  A('Regulation of Investigatory Powers Act 2000', 'ukpga/2000/23'),
  A('Investigatory Powers Act 2016', 'ukpga/2016/25'),
  A('Computer Misuse Act 1990', 'ukpga/1990/18'),
  // Equality and human rights
  A('Equality Act 2006', 'ukpga/2006/3'),
  A('Disability Discrimination Act 1995', 'ukpga/1995/50'),
  A('Race Relations Act 1976', 'ukpga/1976/74'),
  A('Sex Discrimination Act 1975', 'ukpga/1975/65'),
  // Immigration and welfare
  A('Immigration and Asylum Act 1999', 'ukpga/1999/33'),
  A('Nationality, Immigration and Asylum Act 2002', 'ukpga/2002/41'),
  A('Immigration Act 2014', 'ukpga/2014/22'),
  A('Immigration Act 2016', 'ukpga/2016/19'),
  A('Borders, Citizenship and Immigration Act 2009', 'ukpga/2009/11'),
  A('Nationality and Borders Act 2022', 'ukpga/2022/36'),
  A('Social Security Contributions and Benefits Act 1992', 'ukpga/1992/4'),
  A('Welfare Reform Act 2012', 'ukpga/2012/5'),
  // Wales and Scotland
  A('Regulation and Inspection of Social Care (Wales) Act 2016', 'anaw/2016/2'),
  A('Additional Learning Needs and Education Tribunal (Wales) Act 2018', 'anaw/2018/2'),
  A('Freedom of Information (Scotland) Act 2002', 'asp/2002/13'),
  // Statutory instruments (regulations are linked /uksi/YEAR/NUMBER/regulation/N)
  A('Fostering Services (England) Regulations 2011', 'uksi/2011/581'),
  A('Adoption Agencies Regulations 2005', 'uksi/2005/389'),
  A('Special Guardianship Regulations 2005', 'uksi/2005/1109'),
  A('Care Leavers (England) Regulations 2010', 'uksi/2010/2571'),
  A("Children's Homes (England) Regulations 2015", 'uksi/2015/541'),
  A("Review of Children's Cases Regulations 1991", 'uksi/1991/895'),
  A('Children (Secure Accommodation) Regulations 1991', 'uksi/1991/1505'),
  A('Arrangements for Placement of Children by Voluntary Organisations and Others (England) Regulations 2011', 'uksi/2011/582'),
  A('Local Authority Social Services and National Health Service Complaints (England) Regulations 2009', 'uksi/2009/309'),
  A('Special Educational Needs and Disability Regulations 2014', 'uksi/2014/1530'),
  A('Environmental Information Regulations 2004', 'uksi/2004/3391', ['EIR 2004']),
  A('Independent Review of Determinations (Adoption and Fostering) (England) Regulations 2009', 'uksi/2009/395'),
  A('Disqualification under the Childcare Act 2006 Regulations 2018', 'uksi/2018/794'),
];

/**
 * Names written without their year that fit several Acts whose sections differ: the candidates, newest first.
 * "the Children Act" is not here: the knowledge base reads it as the Children Act 1989 (acts.ts).
 */
export const YEARLESS_NAMES: Record<string, string[]> = {
  'Data Protection Act': ['Data Protection Act 2018', 'Data Protection Act 1998'],
  'Education Act': ['Education Act 2002', 'Education Act 1996', 'Education Act 2011'],
  'Housing Act': ['Housing Act 1996', 'Housing Act 1985', 'Housing Act 2004', 'Housing Act 1988'],
  'Mental Health Act': ['Mental Health Act 1983'],
  'Freedom of Information Act': ['Freedom of Information Act 2000'],
  'Care Standards Act': ['Care Standards Act 2000'],
  'Equality Act': ['Equality Act 2010'],
  'Human Rights Act': ['Human Rights Act 1998'],
  'Adoption and Children Act': ['Adoption and Children Act 2002'],
  'Children and Social Work Act': ['Children and Social Work Act 2017'],
  'Care Act': ['Care Act 2014'],
  'Mental Capacity Act': ['Mental Capacity Act 2005'],
  'Homelessness Reduction Act': ['Homelessness Reduction Act 2017'],
  'Domestic Abuse Act': ['Domestic Abuse Act 2021'],
};
