// Legislation and guidance that children's social care documents cite, as data (shared/domain/acts.md §1–§4).
// Section summaries are ours, in plain English; they describe, they do not quote. Identifiers are
// legislation.gov.uk paths; "UNV" in a `notes` field (internal, never shown) means the identifier or number was not checked.

import type { Act, Source } from './types';
import { CWSA_2026_S1_COMMENCEMENT, RECHECKED, REFERENCE_CHECK, REVISED_TEXT, WT2018_SUPERSEDED_BY, workingTogether2023 } from './currency';

const LEG = 'https://www.legislation.gov.uk';

type Provisions = NonNullable<Act['sections']>;

/** A legislation.gov.uk source; `notes` are internal verification remarks (never shown). */
function leg(title: string, id: string, notes?: string, checkedOn = REFERENCE_CHECK): Source[] {
  return [{ document: title, url: `${LEG}/${id}`, version: REVISED_TEXT, checkedOn, ...(notes ? { notes } : {}) }];
}


// ---------------------------------------------------------------------------------------------------------
// Provisions most cited in this domain
// ---------------------------------------------------------------------------------------------------------

const CA1989_SECTIONS: Provisions = {
  '1': { title: 'Welfare of the child', summary: 'When a court decides about a child’s upbringing, the child’s welfare comes first, the court treats delay as likely to harm the child, and in contested cases it works through a checklist of the child’s needs, wishes and circumstances. Since 2014 it also presumes that each parent’s involvement helps the child unless shown otherwise (s1(2A)).', notes: 'reviewed 2026-12-07: s1(2) wording softened, s1(2A) added (V-sec)' },
  '2': { title: 'Parental responsibility for children', summary: 'Sets out who has parental responsibility (mothers always; fathers married to the mother at the birth) and that it can be shared and acted on separately.' },
  '3': { title: 'Meaning of "parental responsibility"', summary: 'Parental responsibility means all the rights, duties, powers, responsibilities and authority a parent has by law over a child and the child’s property.' },
  '4': { title: 'Acquisition of parental responsibility by father', summary: 'An unmarried father gains parental responsibility by being registered on the birth certificate, by agreement with the mother, or by court order.' },
  '7': { title: 'Welfare reports', summary: 'A court dealing with a child can ask Cafcass or the local authority for a report on the child’s welfare (a “section 7 report”).' },
  '8': { title: 'Child arrangements orders and other orders with respect to children', summary: 'Defines the “section 8 orders”: child arrangements orders (who the child lives with or spends time with), prohibited steps orders and specific issue orders.' },
  '10': { title: 'Power of court to make section 8 orders', summary: 'Says who may apply for a section 8 order, and who first needs the court’s permission (leave) to do so.' },
  '11': { title: 'General principles and supplementary provisions', summary: 'Supplements section 8 orders: the court sets a timetable to avoid delay, and an order can carry conditions and directions or be made for a set period. (The presumption that each parent’s involvement helps the child is in section 1(2A), not here.)', notes: 'reviewed 2026-12-07: presumption moved to s1(2A) by CFA 2014 s11; V-sec' },
  '14A': { title: 'Special guardianship orders', summary: 'A court can appoint a special guardian (often a relative) to bring a child up, short of adoption; sections 14A–14G cover who may apply, reports and support.' },
  '14C': { title: 'Special guardianship orders: effect', summary: 'A special guardian holds parental responsibility and can exercise it to the exclusion of others, though the parents keep theirs and the child’s legal parentage does not change.' },
  '16B': { title: 'Application to local authorities in England', summary: 'Part III (support for children and families, accommodation and looked-after children) now applies to local authorities in England; since April 2016 Welsh authorities work under the Social Services and Well-being (Wales) Act 2014 instead.', notes: 'heading and both subsections read 2026-12-07 on legislation.gov.uk in SI 2016/413 reg 57, which inserted s16B from 6 April 2016 (V-prim for the text as inserted; the revised page of s16B itself was not in the store)' },
  '17': { title: 'Provision of services for children in need, their families and others', summary: 'A general duty: each local authority must safeguard and promote the welfare of children in need in its area and, where that fits their welfare, help them grow up with their families by providing a range of services. It gives no single child an absolute right to a particular service (R (G) v Barnet, House of Lords 2003), but the council must assess and consider the child’s needs, and a refusal can be challenged.', notes: 'reviewed 2026-12-07 against R (G) v Barnet [2003] UKHL 57 (V-sec)' },
  '17ZA': { title: 'Young carers’ needs assessments', summary: 'A local authority must assess a young carer’s needs for support when it appears they may have needs or the young carer or a parent asks.' },
  '17ZD': { title: 'Parent carers’ needs assessments', summary: 'A local authority must assess the support needs of a parent caring for a disabled child when it appears they may have needs or the parent asks.' },
  '20': { title: 'Provision of accommodation for children: general', summary: 'The council must accommodate a child in need who appears to need it because nobody has parental responsibility, the child is lost or abandoned, or (the usual case) the person caring for them cannot, for whatever reason, give suitable accommodation or care (s20(1)). It must also accommodate a 16- or 17-year-old whose welfare would otherwise be seriously harmed (s20(3)), and it may accommodate any child to safeguard their welfare (s20(4)). A parent with parental responsibility who is willing and able to house the child, or arrange it, can object (s20(7)); any such parent can take the child home at any time, with no notice needed (s20(8)), except in the cases in s20(9)–(11).', notes: 'rewritten 2026-12-07: s20(1)(a)-(c), (3), (4), (7)-(11) checked against the domain reference (V-sec) and Williams v Hackney' },
  '22': { title: 'General duty of local authority in relation to children looked after by them', summary: 'Defines a “looked after” child (in care, or accommodated for more than 24 hours) and requires the authority to safeguard and promote that child’s welfare and ask for the views of the child and parents.' },
  '22C': { title: 'Ways in which looked after children are to be accommodated and maintained', summary: 'Sets the order of preference for where a looked-after child lives: with a parent or person with parental responsibility if possible, otherwise with family or friends, foster carers or in a children’s home.' },
  '23ZB': { title: 'Independent visitors for children looked after by a local authority', summary: 'A local authority must appoint an independent visitor for a looked-after child when it would be in the child’s interests.' },
  '25': { title: 'Use of accommodation for restricting liberty', summary: 'A looked-after child may be kept in secure accommodation only if strict conditions are met, and beyond a short period only with a court order.' },
  '25A': { title: 'Appointment of independent reviewing officer', summary: 'Every looked-after child must have an independent reviewing officer (IRO); sections 25A–25C set out the IRO’s role.' },
  '25B': { title: 'Functions of the independent reviewing officer', summary: 'The IRO monitors the authority’s work on the child’s case, chairs reviews, makes sure the child’s wishes are considered, and can refer the case to Cafcass.' },
  '26': { title: 'Review of cases and inquiries into representations', summary: 'Requires regular reviews of looked-after children’s cases and a procedure for complaints (representations) about children’s services, with an independent element.' },
  '26A': { title: 'Advocacy services', summary: 'A local authority must arrange advocacy for children, and for care leavers, who make or mean to make a complaint or representation under the Act’s complaints procedures.', notes: 'reviewed 2026-12-07: s26A also covers representations under s24D (care leavers); V-sec' },
  '27': { title: 'Co-operation between authorities', summary: 'A local authority can ask other authorities (such as housing or health bodies) to help with its Part III duties, and they must comply if it fits their own duties.' },
  '31': { title: 'Care and supervision orders', summary: 'Before making a care or supervision order the court must be satisfied that the child is being, or is at real risk of being, significantly harmed, and that this is down to the care the child gets or to the child being beyond parental control (the “threshold criteria”).' },
  '31A': { title: 'Care orders: care plans', summary: 'Before a court makes a care order the local authority must prepare a care plan for the child and keep it under review.' },
  '31ZA': { title: 'Family group decision-making', summary: 'Added in 2026. Once it starts, a council that wants to ask a court for a care or supervision order will first have to offer a meeting at which relatives draw up their own plan (family group decision-making), and the letter before proceedings must carry that offer.', notes: 'text V-prim; commencement checked 2026-12-07: none found', commencement: CWSA_2026_S1_COMMENCEMENT },
  '32': { title: 'Period within which application for order under this Part must be disposed of', summary: 'Care and supervision cases must be finished without delay and within 26 weeks of issue, extendable by up to 8 weeks at a time only when necessary to resolve the case justly.' },
  '33': { title: 'Effect of care order', summary: 'A care order gives the local authority parental responsibility and the power to decide how far parents may exercise theirs, while parents keep their own parental responsibility.' },
  '34': { title: 'Parental contact etc. with children in care', summary: 'A child in care must be allowed reasonable contact with parents and certain others unless a court orders otherwise or the authority refuses in an urgent case for up to 7 days.' },
  '35': { title: 'Supervision orders', summary: 'Under a supervision order the supervisor must advise, assist and befriend the child; the local authority does not get parental responsibility.' },
  '37': { title: 'Powers of court in certain family proceedings', summary: 'In private family cases a court worried about a child can direct the local authority to investigate and report whether it should apply for a care or supervision order.' },
  '38': { title: 'Interim orders', summary: 'A court can make an interim care or supervision order while a case is going on if there are reasonable grounds to believe the threshold is met; s38(6) lets it direct assessments of the child.' },
  '38A': { title: 'Power to include exclusion requirement in interim care order', summary: 'An interim care order can require a person suspected of harming the child to leave, or stay away from, the child’s home.' },
  '41': { title: 'Representation of child', summary: 'In most public law cases the court appoints a children’s guardian from Cafcass to represent the child’s interests, and the child may have a solicitor.' },
  '42': { title: 'Right of officer of the Service to have access to local authority records', summary: 'A children’s guardian may inspect and copy the local authority’s records about the child.', notes: 'section heading UNV' },
  '43': { title: 'Child assessment orders', summary: 'A court can order an assessment of a child where significant harm is suspected and the parents will not co-operate; the order lasts up to 7 days.' },
  '44': { title: 'Orders for emergency protection of children', summary: 'A court can make an emergency protection order to remove a child, or keep them where they are safe, when there is reasonable cause to believe they are likely to suffer significant harm.' },
  '44A': { title: 'Power to include exclusion requirement in emergency protection order', summary: 'An emergency protection order can require a person suspected of harming the child to leave the child’s home instead of the child being removed.' },
  '45': { title: 'Duration of emergency protection orders and other supplemental provisions', summary: 'An emergency protection order lasts at most 8 days and can be extended once by up to 7 days. The child, a parent, anyone else with parental responsibility or the person the child lived with can ask the court to end it (s45(8)), but not a person who was given notice of the hearing that made the order and was there, and nobody once the order has been extended (s45(11)).', notes: 's45(8) and (11) checked 2026-12-07 against Hansard HL 8 Nov 1989 (amendment 153) and the Cayman copy of the section (V-sec)' },
  '46': { title: 'Removal and accommodation of children by police in cases of emergency', summary: 'A police officer may take a child into police protection for up to 72 hours if they believe the child would otherwise be likely to suffer significant harm; this is not a court order.' },
  '47': { title: 'Local authority’s duty to investigate', summary: 'A council that has good reason to suspect a child in its area is being, or may be, significantly harmed must look into it to decide whether it should act to protect the child (“section 47 enquiries”).' },
  '48': { title: 'Powers to assist in discovery of children who may be in need of emergency protection', summary: 'Supports emergency protection orders: the court can require information about where a child is and issue a warrant for the police to help.' },
  '66': { title: 'Privately fostered children', summary: 'Defines private fostering: a child under 16 (18 if disabled) cared for for 28 days or more by someone who is not a parent, a person with parental responsibility or a close relative.' },
  '67': { title: 'Welfare of privately fostered children', summary: 'A local authority must satisfy itself that privately fostered children in its area are being well looked after, including by visiting them.' },
  '105': { title: 'Interpretation', summary: 'Defines words used across the Act, such as “child” (under 18), “relative” and “harm”.' },
};

const CA2004_SECTIONS: Provisions = {
  '10': { title: 'Co-operation to improve well-being', summary: 'Each local authority in England must arrange for it and its relevant partners (police, health and others) to co-operate to improve children’s well-being.' },
  '11': { title: 'Arrangements to safeguard and promote welfare', summary: 'Named bodies such as the police, NHS bodies and local authorities must make sure their work takes account of the need to safeguard and promote children’s welfare (checked in “section 11 audits”).' },
  '16E': { title: 'Local arrangements for safeguarding and promoting welfare of children', summary: 'The safeguarding partners (local authority, integrated care board and police) must make and publish local safeguarding arrangements for their area (sections 16A–16K).', notes: 'numbering UNV' },
  '18': { title: 'Director of children’s services', summary: 'Each local authority in England must appoint a director of children’s services.' },
  '19': { title: 'Lead member for children’s services', summary: 'Each local authority in England must name a councillor as lead member for children’s services.' },
  '28': { title: 'Arrangements to safeguard and promote welfare: Wales', summary: 'The Welsh counterpart of section 11: named bodies in Wales must have regard to safeguarding children.' },
  '58': { title: 'Reasonable punishment', summary: 'In England, limits the “reasonable punishment” defence so it cannot excuse assaults causing actual bodily harm or worse on a child. Wales abolished the defence altogether in March 2022.', notes: 'details UNV; Wales: Children (Abolition of Defence of Reasonable Punishment) (Wales) Act 2020, in force 21 March 2022 (V-sec)' },
};

const HRA_SECTIONS: Provisions = {
  '3': { title: 'Interpretation of legislation', summary: 'Courts must read and apply laws in a way that fits Convention rights as far as they can.' },
  '6': { title: 'Acts of public authorities', summary: 'It is unlawful for a public authority, such as a council’s children’s services, to act in a way that is incompatible with a Convention right.' },
  '7': { title: 'Proceedings', summary: 'A person harmed by a public authority’s breach of a Convention right can bring a claim, normally within one year of the act complained of (s7(5)).' },
  '8': { title: 'Judicial remedies', summary: 'A court that finds a breach can give whatever lawful remedy it thinks just, including damages where needed for just satisfaction.' },
};

const HRA_ARTICLES: Provisions = {
  '3': { title: 'Prohibition of torture', summary: 'No one may be tortured or subjected to inhuman or degrading treatment; the state must take reasonable steps to protect children from such ill-treatment.' },
  '6': { title: 'Right to a fair trial', summary: 'When a court decides someone’s civil rights (family life included), the hearing must be fair, public as a rule, reasonably prompt and before an impartial tribunal.' },
  '8': { title: 'Right to respect for private and family life', summary: 'Public authorities must respect private and family life, home and correspondence, and may interfere only when lawful, necessary and proportionate, for example to protect a child.' },
  '14': { title: 'Prohibition of discrimination', summary: 'Convention rights must be secured without discrimination on any ground such as sex, race, religion or other status.' },
};

// ---------------------------------------------------------------------------------------------------------
// The list
// ---------------------------------------------------------------------------------------------------------

export const ACTS: Act[] = [
  // §1 Primary legislation – England and Wales / UK
  {
    id: 'ukpga/1989/41',
    title: 'Children Act 1989',
    kind: 'act',
    aliases: ['CA 1989', 'CA89', 'CA 89', 'C.A. 1989', 'ChA 1989', 'the 1989 Act', 'the Children Act', "Children's Act 1989", 'Childrens Act 1989', 'the Act', "1989 Children's Act", "the Children's Act"],
    extent: 'England and Wales (Part III England only since April 2016, s16B; Scotland and Northern Ireland have their own Acts)',
    verification: 'V-prim',
    partNumbering: 'roman',
    sections: CA1989_SECTIONS,
    sources: leg('Children Act 1989', 'ukpga/1989/41', 'sections 11, 16B, 17, 20, 26A, 31ZA and 45 reviewed 2026-12-07', RECHECKED),
  },
  {
    id: 'ukpga/2004/31',
    title: 'Children Act 2004',
    kind: 'act',
    aliases: ['CA 2004', 'CA04', 'the 2004 Act', "Children's Act 2004", "2004 Children's Act", 'CA 04'],
    extent: 'England and Wales (Part 2 England, Part 3 Wales)',
    verification: 'V-prim',
    sections: CA2004_SECTIONS,
    sources: leg('Children Act 2004', 'ukpga/2004/31', 'section 58 reviewed 2026-12-07', RECHECKED),
    notes: 'Sections 13–16 (Local Safeguarding Children Boards) are repealed in England; sections 16A–16K were inserted by the Children and Social Work Act 2017.',
  },
  {
    id: 'ukpga/2014/6',
    title: 'Children and Families Act 2014',
    kind: 'act',
    aliases: ['CFA 2014', 'CAFA 2014', 'the 2014 Act', 'Children and Families Act'],
    extent: 'Mostly England and Wales / England',
    verification: 'V-prim',
    sections: {
      '14': { title: 'Care, supervision and other family proceedings: time limits and timetables', summary: 'Added the 26-week limit for care cases to CA 1989 s32 and removed the old limits on how long interim care orders last.', notes: 'heading wording UNV' },
      '37': { title: 'Education, health and care plans', summary: 'A local authority must prepare and maintain an education, health and care (EHC) plan where a child or young person needs one after an EHC needs assessment.' },
      '96': { title: 'Young carers', summary: 'Inserted section 17ZA–17ZC into the Children Act 1989: young carers’ needs assessments.' },
      '97': { title: 'Parent carers', summary: 'Inserted sections 17ZD–17ZF into the Children Act 1989: parent carers’ needs assessments.' },
    },
    sources: leg('Children and Families Act 2014', 'ukpga/2014/6'),
    notes: '“The 2014 Act” is ambiguous with the Care Act 2014 and the Social Services and Well-being (Wales) Act 2014.',
  },
  {
    id: 'ukpga/2017/16',
    title: 'Children and Social Work Act 2017',
    kind: 'act',
    aliases: ['CSWA 2017', 'Children and Social Work Act', 'CSWA'],
    extent: 'Mainly England',
    verification: 'UNV',
    sections: {
      '1': { title: 'Corporate parenting principles', summary: 'Local authorities in England must have regard to a set of corporate parenting principles when acting for looked-after children and care leavers.', notes: 'number UNV' },
    },
    sources: leg('Children and Social Work Act 2017', 'ukpga/2017/16', 'id UNV'),
    notes: 'Introduced safeguarding partners and child safeguarding practice reviews (by amending the Children Act 2004); Part 2 set up Social Work England.',
  },
  {
    id: 'ukpga/2026/21',
    title: "Children's Wellbeing and Schools Act 2026",
    kind: 'act',
    aliases: ['CWSA 2026', "Children's Wellbeing and Schools Bill", "Children's Wellbeing and Schools Act", 'CWSA'],
    extent: 'England (social care parts)',
    verification: 'V-prim',
    sections: {
      '1': { title: 'Family group decision-making', summary: 'Inserts section 31ZA into the Children Act 1989: a duty to offer a family group decision-making meeting before care proceedings, and a definition of the letter before proceedings.', commencement: CWSA_2026_S1_COMMENCEMENT },
    },
    sources: leg("Children's Wellbeing and Schools Act 2026", 'ukpga/2026/21', 'Text of s1 seen; no commencement regulations found (s78(5)).', RECHECKED),
    notes: 'Most of its children’s social care changes, section 1 included, start only when regulations say so, and none had been made when we last checked. Also creates multi-agency child protection teams (by amending the Children Act 2004).',
  },
  {
    id: 'ukpga/2008/23',
    title: 'Children and Young Persons Act 2008',
    kind: 'act',
    aliases: ['CYPA 2008'],
    extent: 'England and Wales',
    verification: 'UNV',
    sources: leg('Children and Young Persons Act 2008', 'ukpga/2008/23', 'id UNV'),
    notes: 'Amended the Children Act 1989 (independent reviewing officers, visits).',
  },
  {
    id: 'ukpga/Geo5/23-24/12',
    title: 'Children and Young Persons Act 1933',
    kind: 'act',
    aliases: ['CYPA 1933'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '1': { title: 'Cruelty to persons under sixteen', summary: 'Makes it a crime for a person responsible for a child to wilfully assault, ill-treat, neglect, abandon or expose the child in a way likely to cause unnecessary suffering or injury.' },
    },
    sources: leg('Children and Young Persons Act 1933', 'ukpga/Geo5/23-24/12', 'id UNV'),
  },
  {
    id: 'ukpga/2002/38',
    title: 'Adoption and Children Act 2002',
    kind: 'act',
    aliases: ['ACA 2002', 'the 2002 Act', 'Adoption and Children Act', 'ACA'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '1': { title: 'Considerations applying to the exercise of powers', summary: 'In adoption decisions the child’s welfare throughout their life is the paramount consideration, with a checklist the court and agency must consider.' },
      '21': { title: 'Placement orders', summary: 'A court can authorise a local authority to place a child for adoption with any prospective adopters it chooses.' },
      '46': { title: 'Adoption orders', summary: 'An adoption order gives parental responsibility to the adopters and ends that of the birth parents and anyone else.' },
      '47': { title: 'Conditions for making adoption orders', summary: 'Sets the conditions for an adoption order, including when a parent needs the court’s permission (leave) to oppose it.' },
      '52': { title: 'Parental etc. consent', summary: 'Says when a court can dispense with a parent’s consent to adoption, such as when the child’s welfare requires it.' },
    },
    sources: leg('Adoption and Children Act 2002', 'ukpga/2002/38', 'id UNV'),
    notes: 's120 amended the definition of harm in CA 1989 s31(9).',
  },
  {
    id: 'ukpga/1998/42',
    title: 'Human Rights Act 1998',
    kind: 'act',
    aliases: ['HRA', 'HRA 1998', 'the Human Rights Act', 'Human Rights Act', 'European Convention on Human Rights', 'European Convention', 'the Convention', 'Convention rights', 'Convention right', 'ECHR'],
    extent: 'United Kingdom',
    verification: 'V-prim',
    sections: HRA_SECTIONS,
    articles: HRA_ARTICLES,
    sources: leg('Human Rights Act 1998', 'ukpga/1998/42'),
    notes: 'Convention articles are set out in Schedule 1 and link to /schedule/1.',
  },
  {
    id: 'ukpga/2018/12',
    title: 'Data Protection Act 2018',
    kind: 'act',
    aliases: ['DPA 2018', 'DPA', 'Data Protection Act'],
    extent: 'United Kingdom',
    verification: 'V-prim',
    sections: {
      '45': { title: 'Right of access by the data subject', summary: 'For law-enforcement processing, a person can find out whether their data is held and get a copy, subject to exemptions.' },
      '47': { title: 'Right to erasure or restriction of processing', summary: 'For law-enforcement processing, inaccurate or unlawfully held data must be erased or its use restricted.' },
    },
    sources: leg('Data Protection Act 2018', 'ukpga/2018/12', 'Schedules 1–3 notes UNV.'),
    notes: 'Schedule 1 allows processing for safeguarding children; Schedules 2–3 hold exemptions, including for social work data.',
  },
  {
    id: 'eur/2016/679',
    title: 'UK GDPR',
    kind: 'eu-retained',
    aliases: ['GDPR', 'UK General Data Protection Regulation', 'General Data Protection Regulation'],
    extent: 'United Kingdom',
    verification: 'V-sec',
    division: 'article',
    sections: {
      '12': { title: 'Transparent information, communication and modalities for the exercise of the rights of the data subject', summary: 'Organisations must answer requests about personal data without undue delay and within one month, extendable by two months for complex or numerous requests.' },
      '12A': { title: 'Time limits: stopping the clock', summary: 'Inserted in 2025: the time to answer pauses while the organisation waits for ID or clarification it reasonably needs.' },
      '15': { title: 'Right of access by the data subject', summary: 'A person can get a copy of the personal data an organisation holds about them, with information about how it is used (a subject access request).' },
      '16': { title: 'Right to rectification', summary: 'A person can have inaccurate personal data about them corrected and incomplete data completed.' },
      '17': { title: 'Right to erasure', summary: 'In some circumstances a person can have personal data about them deleted (“right to be forgotten”).' },
    },
    sources: leg('UK GDPR', 'eur/2016/679', 'path UNV'),
    notes: 'Full title on legislation.gov.uk: Regulation (EU) 2016/679 (United Kingdom General Data Protection Regulation).',
  },
  {
    title: 'Data (Use and Access) Act 2025',
    kind: 'act',
    aliases: ['DUAA 2025', 'DUA Act', 'DUAA'],
    extent: 'United Kingdom',
    verification: 'V-sec',
    sources: [{ document: 'Data (Use and Access) Act 2025', version: 'as enacted (Royal Assent 19 June 2025)', notes: 'legislation.gov.uk chapter number UNV, so no id.', checkedOn: REFERENCE_CHECK }],
    notes: 'Royal Assent 19 June 2025. Changed subject access: reasonable and proportionate searches, and stop-the-clock (UK GDPR Art 12A).',
  },
  {
    id: 'ukpga/1970/44',
    title: 'Chronically Sick and Disabled Persons Act 1970',
    kind: 'act',
    aliases: ['CSDPA 1970', 'CSDPA', 'Chronically Sick and Disabled Persons Act'],
    extent: 'England and Wales (partly Scotland)',
    verification: 'V-prim',
    sections: {
      '2': { title: 'Provision of welfare services', summary: 'A local authority must arrange practical help (such as home adaptations, help at home or travel) for a disabled person when it is satisfied it is needed.' },
      '28A': { title: 'Application of Act to authorities having functions under the Children Act 1989', summary: 'Applies section 2 to disabled children, so in England it works alongside the Children Act 1989.', notes: 'UNV' },
    },
    sources: leg('Chronically Sick and Disabled Persons Act 1970', 'ukpga/1970/44'),
  },
  {
    id: 'ukpga/1995/12',
    title: 'Carers (Recognition and Services) Act 1995',
    kind: 'act',
    aliases: ['Carers (Recognition and Services) Act'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '1': { title: 'Assessment of ability of carers to provide care', summary: 'A carer could ask for an assessment of their ability to care when the person cared for was being assessed.' },
    },
    sources: leg('Carers (Recognition and Services) Act 1995', 'ukpga/1995/12', 'id UNV; cited in seed 001 para 28'),
  },
  {
    id: 'ukpga/1970/42',
    title: 'Local Authority Social Services Act 1970',
    kind: 'act',
    aliases: ['LASSA 1970', 'LASSA', 'Local Authority Social Services Act'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '7': { title: 'Local authorities to exercise social services functions under guidance of Secretary of State', summary: 'Councils must follow the Secretary of State’s general guidance on social services unless they have a good reason not to; this is what makes Working Together statutory guidance.' },
    },
    sources: leg('Local Authority Social Services Act 1970', 'ukpga/1970/42', 'id UNV'),
  },
  {
    id: 'ukpga/1974/7',
    title: 'Local Government Act 1974',
    kind: 'act',
    aliases: ['LGA 1974'],
    extent: 'England (Part 3)',
    verification: 'V-sec',
    sections: {
      '26': { title: 'Matters subject to investigation', summary: 'Sets what the Local Government and Social Care Ombudsman may investigate; normally the council must have had a chance to respond first (s26(5)) and not where a court or tribunal remedy exists (s26(6)).' },
      '26A': { title: 'Who can make a complaint', summary: 'A complaint can be made by the person affected or by someone they have authorised, or a suitable representative.' },
      '26B': { title: 'Time limit for complaints', summary: 'A complaint should reach the Ombudsman within 12 months of the person first knowing of the matter, unless the Ombudsman decides to accept it later.' },
      '31': { title: 'Reports on investigations: further procedure', summary: 'A council must consider an Ombudsman’s report finding fault and tell the Ombudsman what it will do.' },
    },
    sources: leg('Local Government Act 1974', 'ukpga/1974/7', 'id UNV; text quoted by LGSCO'),
  },
  {
    id: 'ukpga/2002/32',
    title: 'Education Act 2002',
    kind: 'act',
    aliases: ['EA 2002'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '175': { title: 'Duties of local authorities and governing bodies in relation to welfare of children', summary: 'Local authorities and maintained schools must carry out their education functions with a view to safeguarding and promoting children’s welfare (the basis for KCSIE and designated safeguarding leads).' },
    },
    sources: leg('Education Act 2002', 'ukpga/2002/32', 'id UNV'),
  },
  {
    id: 'ukpga/1996/56',
    title: 'Education Act 1996',
    kind: 'act',
    aliases: ['EA 1996'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '7': { title: 'Duty of parents to secure education of children of compulsory school age', summary: 'Parents must make sure a child of compulsory school age gets a suitable full-time education, at school or otherwise (for example at home).' },
      '437': { title: 'School attendance orders', summary: 'A council that thinks a child is not getting a suitable education can require the parent to register the child at a named school.' },
      '444': { title: 'Offence: failure to secure regular attendance at school of registered pupil', summary: 'A parent commits an offence if their registered child does not attend school regularly without a lawful reason.' },
    },
    sources: leg('Education Act 1996', 'ukpga/1996/56', 'id UNV'),
  },
  {
    id: 'ukpga/1996/27',
    title: 'Family Law Act 1996',
    kind: 'act',
    aliases: ['FLA 1996', 'Family Law Act', 'FLA'],
    extent: 'England and Wales',
    verification: 'UNV',
    partNumbering: 'roman',
    sources: leg('Family Law Act 1996', 'ukpga/1996/27', 'id UNV'),
    notes: 'Part IV: non-molestation and occupation orders; also added exclusion requirements to the Children Act 1989.',
  },
  {
    id: 'ukpga/2021/17',
    title: 'Domestic Abuse Act 2021',
    kind: 'act',
    aliases: ['DAA 2021', 'Domestic Abuse Act', 'DAA'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '3': { title: 'Children as victims of domestic abuse', summary: 'A child who sees, hears or experiences the effects of domestic abuse and is related to either person is treated as a victim of it.' },
    },
    sources: leg('Domestic Abuse Act 2021', 'ukpga/2021/17', 'id UNV'),
  },
  {
    id: 'ukpga/2014/23',
    title: 'Care Act 2014',
    kind: 'act',
    aliases: ['CA 2014', 'the 2014 Act', 'Care Act'],
    extent: 'England',
    verification: 'UNV',
    sections: {
      '42': { title: 'Enquiry by local authority', summary: 'A local authority must make enquiries when it suspects an adult with care and support needs is at risk of abuse or neglect and cannot protect themselves (adult safeguarding).' },
      '58': { title: 'Assessment of a child’s needs for care and support', summary: 'A local authority must assess a disabled child approaching 18 who is likely to need adult care and support, when it would be of significant benefit (a transition assessment).' },
      '59': { title: 'Child’s needs assessment: requirements etc.', summary: 'Sets what a transition assessment must cover and who must be involved.' },
    },
    sources: leg('Care Act 2014', 'ukpga/2014/23', 'id UNV'),
    notes: '“CA 2014” clashes with the Children and Families Act 2014 (and looks like “CA 2004”).',
  },
  {
    id: 'ukpga/2012/10',
    title: 'Legal Aid, Sentencing and Punishment of Offenders Act 2012',
    kind: 'act',
    aliases: ['LASPO', 'LASPO 2012', 'LASPOA 2012', 'Legal Aid, Sentencing and Punishment of Offenders Act'],
    extent: 'England and Wales',
    verification: 'UNV',
    sources: leg('Legal Aid, Sentencing and Punishment of Offenders Act 2012', 'ukpga/2012/10', 'id UNV'),
    notes: 'Schedule 1 keeps legal aid for care and supervision proceedings.',
  },
  {
    id: 'ukpga/2005/9',
    title: 'Mental Capacity Act 2005',
    kind: 'act',
    aliases: ['MCA 2005', 'Mental Capacity Act', 'MCA'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '1': { title: 'The principles', summary: 'A person is assumed to have capacity unless shown otherwise, must be helped to decide, and is not treated as lacking capacity just for an unwise decision.' },
      '2': { title: 'People who lack capacity', summary: 'A person lacks capacity for a decision if, at the time, an impairment of the mind or brain means they cannot make it.' },
      '3': { title: 'Inability to make decisions', summary: 'A person cannot make a decision if they cannot understand, retain, use or weigh the information, or communicate the decision (relevant, for example, to agreeing to section 20).' },
    },
    sources: leg('Mental Capacity Act 2005', 'ukpga/2005/9', 'id UNV'),
  },
  {
    id: 'ukpga/2010/15',
    title: 'Equality Act 2010',
    kind: 'act',
    aliases: ['EqA 2010', 'EqA', 'EA 2010', 'Equality Act'],
    extent: 'Great Britain',
    verification: 'UNV',
    sections: {
      '20': { title: 'Duty to make adjustments', summary: 'Organisations must make reasonable adjustments so disabled people are not put at a substantial disadvantage (not to be confused with Children Act 1989 s20).' },
      '149': { title: 'Public sector equality duty', summary: 'Public bodies must have due regard to eliminating discrimination and advancing equality of opportunity when they make decisions.' },
    },
    sources: leg('Equality Act 2010', 'ukpga/2010/15', 'id UNV'),
  },
  {
    id: 'ukpga/2015/6',
    title: 'Counter-Terrorism and Security Act 2015',
    kind: 'act',
    aliases: ['CTSA 2015', 'Counter-Terrorism and Security Act', 'CTSA'],
    extent: 'Great Britain',
    verification: 'UNV',
    sections: {
      '26': { title: 'General duty on specified authorities', summary: 'Named bodies, including councils and schools, must have due regard to the need to prevent people being drawn into terrorism (the Prevent duty).' },
      '36': { title: 'Assessment and support: local panels', summary: 'Local panels (Channel) must assess and support people identified as vulnerable to being drawn into terrorism.' },
    },
    sources: leg('Counter-Terrorism and Security Act 2015', 'ukpga/2015/6', 'id UNV; seed 001 paras 35–37'),
  },
  {
    id: 'ukpga/2015/30',
    title: 'Modern Slavery Act 2015',
    kind: 'act',
    aliases: ['MSA 2015', 'Modern Slavery Act'],
    extent: 'England and Wales',
    verification: 'UNV',
    sources: leg('Modern Slavery Act 2015', 'ukpga/2015/30', 'id UNV; seed 001 para 21'),
    notes: 'Linked to the National Referral Mechanism for victims of trafficking and slavery.',
  },
  {
    id: 'ukpga/2003/31',
    title: 'Female Genital Mutilation Act 2003',
    kind: 'act',
    aliases: ['FGMA 2003', 'FGM Act 2003', 'Female Genital Mutilation Act', 'FGMA'],
    extent: 'England, Wales and Northern Ireland',
    verification: 'UNV',
    sections: {
      '5B': { title: 'Duty to notify police of female genital mutilation', summary: 'Health and social care professionals and teachers must report to the police known cases of FGM in girls under 18.' },
    },
    sources: leg('Female Genital Mutilation Act 2003', 'ukpga/2003/31', 'id UNV'),
  },
  {
    id: 'ukpga/2003/42',
    title: 'Sexual Offences Act 2003',
    kind: 'act',
    aliases: ['SOA 2003', 'Sexual Offences Act'],
    extent: 'England and Wales',
    verification: 'UNV',
    sources: leg('Sexual Offences Act 2003', 'ukpga/2003/42', 'id UNV; cited in seed 002'),
    notes: 'Sexual offences against children, cited in child sexual exploitation contexts.',
  },
  {
    id: 'ukpga/1984/60',
    title: 'Police and Criminal Evidence Act 1984',
    kind: 'act',
    aliases: ['PACE', 'PACE 1984', 'Police and Criminal Evidence Act'],
    extent: 'England and Wales',
    verification: 'UNV',
    sections: {
      '17': { title: 'Entry for purpose of arrest etc.', summary: 'Police may enter premises without a warrant for set purposes, including to save life or limb (not to be confused with Children Act 1989 s17).' },
    },
    sources: leg('Police and Criminal Evidence Act 1984', 'ukpga/1984/60', 'id UNV'),
  },
  {
    id: 'ukpga/2022/31',
    title: 'Health and Care Act 2022',
    kind: 'act',
    aliases: ['HCA 2022', 'Health and Care Act'],
    extent: 'England',
    verification: 'UNV',
    sources: leg('Health and Care Act 2022', 'ukpga/2022/31', 'id UNV'),
    notes: 'Replaced clinical commissioning groups with integrated care boards, which are now the health safeguarding partner.',
  },
  {
    id: 'ukpga/2000/43',
    title: 'Criminal Justice and Court Services Act 2000',
    kind: 'act',
    aliases: ['CJCSA 2000', 'Criminal Justice and Court Services Act', 'CJCSA'],
    extent: 'England and Wales',
    verification: 'UNV',
    sources: leg('Criminal Justice and Court Services Act 2000', 'ukpga/2000/43', 'id UNV'),
    notes: 'Set up Cafcass.',
  },
  {
    id: 'ukpga/1971/80',
    title: 'Banking and Financial Dealings Act 1971',
    kind: 'act',
    aliases: ['BFDA 1971', 'Banking and Financial Dealings Act'],
    extent: 'United Kingdom',
    verification: 'UNV',
    sources: leg('Banking and Financial Dealings Act 1971', 'ukpga/1971/80', 'id UNV'),
    notes: 'Schedule 1 lists bank holidays; used by the complaints regulations’ definition of a working day.',
  },
  {
    id: 'ukpga/1978/30',
    title: 'Interpretation Act 1978',
    kind: 'act',
    aliases: ['IA 1978', 'Interpretation Act'],
    extent: 'United Kingdom',
    verification: 'UNV',
    sources: leg('Interpretation Act 1978', 'ukpga/1978/30', 'id UNV'),
    notes: 'Schedule 1: in legislation “month” means calendar month.',
  },

  // §2 Secondary legislation and court rules
  {
    id: 'uksi/2006/1738',
    title: 'Children Act 1989 Representations Procedure (England) Regulations 2006',
    kind: 'statutory-instrument',
    aliases: ['complaints regulations', 'the 2006 Regulations', 'Representations Regs', 'Representations Regulations'],
    extent: 'England',
    verification: 'V-prim',
    division: 'regulation',
    sections: {
      '2': { title: 'Interpretation', summary: 'Defines a working day as any day except a weekend, Christmas Day, Boxing Day, Good Friday or a bank holiday.' },
      '9': { title: 'Time limit for making representations', summary: 'Complaints should be made within a year, with discretion to accept later ones.', notes: 'number and wording UNV' },
      '14': { title: 'Local resolution', summary: 'The council should answer at stage 1 within 10 working days, extendable to 20.' },
      '17': { title: 'Consideration by the local authority with independent element', summary: 'A stage 2 investigation, with an independent person, should finish within 25 working days, or up to 65 with reasons.' },
      '18': { title: 'Review panel: request', summary: 'A complainant can ask for the complaint to go to a review panel.', notes: 'number UNV' },
      '19': { title: 'Review panel', summary: 'The review panel of three independent people must meet within 30 working days of the request.' },
      '20': { title: 'Review panel: recommendations and response', summary: 'The panel reports within 5 working days and the council responds within 15 working days.', notes: 'number UNV' },
    },
    sources: leg('Children Act 1989 Representations Procedure (England) Regulations 2006', 'uksi/2006/1738'),
  },
  {
    id: 'uksi/2010/959',
    title: 'Care Planning, Placement and Case Review (England) Regulations 2010',
    kind: 'statutory-instrument',
    aliases: ['CPPCR 2010', 'Care Planning Regulations', 'the Care Planning Regulations', 'Care Planning, Placement and Case Review (England) Regulations', 'Care Planning, Placement and Case Review Regulations', 'CPPCR'],
    extent: 'England',
    verification: 'V-prim',
    division: 'regulation',
    sections: {
      '24': { title: 'Temporary approval of relative, friend or other person connected with C', summary: 'A local authority can temporarily approve a relative or friend as a foster carer for a looked-after child before full assessment.' },
      '28': { title: 'Frequency of visits', summary: 'A looked-after child must be visited within a week of a placement starting and then at set intervals.' },
      '33': { title: 'Timing of reviews', summary: 'A looked-after child’s case is reviewed within 20 working days, then within 3 months, then at most every 6 months.', notes: 'number UNV' },
    },
    sources: leg('Care Planning, Placement and Case Review (England) Regulations 2010', 'uksi/2010/959'),
  },
  {
    id: 'uksi/2005/1533',
    title: 'Children (Private Arrangements for Fostering) Regulations 2005',
    kind: 'statutory-instrument',
    aliases: ['private fostering regulations', 'Children (Private Arrangements for Fostering) Regulations'],
    extent: 'England',
    verification: 'V-prim',
    division: 'regulation',
    sections: {
      '3': { title: 'Notification by a prospective private foster parent', summary: 'A person planning to foster privately must tell the council at least 6 weeks ahead, or straight away if it starts sooner.' },
      '4': { title: 'Visits and action on notification', summary: 'After notice, a council officer must visit within 7 working days.' },
      '8': { title: 'Visits to children', summary: 'The child must then be visited at least every 6 weeks in the first year and every 12 weeks after that.' },
    },
    sources: leg('Children (Private Arrangements for Fostering) Regulations 2005', 'uksi/2005/1533'),
  },
  {
    id: 'wsi/2006/940',
    title: 'Children (Private Arrangements for Fostering) (Wales) Regulations 2006',
    kind: 'statutory-instrument',
    aliases: [],
    extent: 'Wales',
    verification: 'V-prim',
    division: 'regulation',
    sources: leg('Children (Private Arrangements for Fostering) (Wales) Regulations 2006', 'wsi/2006/940'),
  },
  {
    id: 'uksi/2010/2955',
    title: 'Family Procedure Rules 2010',
    kind: 'statutory-instrument',
    aliases: ['FPR 2010', 'FPR', 'PD12A', 'Public Law Outline', 'Family Procedure Rules', 'PD 12A'],
    extent: 'England and Wales',
    verification: 'UNV',
    sources: leg('Family Procedure Rules 2010', 'uksi/2010/2955', 'id UNV'),
    notes: 'Practice Direction 12A sets out the Public Law Outline (PLO) for care proceedings.',
  },
  {
    id: 'uksi/1998/3132',
    title: 'Civil Procedure Rules 1998',
    kind: 'statutory-instrument',
    aliases: ['CPR', 'CPR 1998'],
    extent: 'England and Wales',
    verification: 'UNV',
    sources: leg('Civil Procedure Rules 1998', 'uksi/1998/3132', 'id UNV'),
    notes: 'Rule 54.5: judicial review claims promptly and within 3 months.',
  },
  {
    id: 'uksi/2015/527',
    title: "Young Carers' (Needs Assessments) Regulations 2015",
    kind: 'statutory-instrument',
    aliases: [],
    extent: 'England',
    verification: 'UNV',
    division: 'regulation',
    sources: leg("Young Carers' (Needs Assessments) Regulations 2015", 'uksi/2015/527', 'id UNV; seed 001 para 30'),
  },
  {
    id: 'uksi/2011/707',
    title: 'Breaks for Carers of Disabled Children Regulations 2011',
    kind: 'statutory-instrument',
    aliases: ['short breaks regulations'],
    extent: 'England',
    verification: 'UNV',
    division: 'regulation',
    sources: leg('Breaks for Carers of Disabled Children Regulations 2011', 'uksi/2011/707', 'id UNV; seed 001 footnote 11'),
  },

  // §3 Other UK nations
  {
    id: 'anaw/2014/4',
    title: 'Social Services and Well-being (Wales) Act 2014',
    kind: 'welsh-act',
    aliases: ['SSWBA 2014', 'SSWB(W)A', 'SSWBA', 'the 2014 Act', 'Social Services and Well-being (Wales) Act', 'SSWB(W)A 2014'],
    extent: 'Wales',
    verification: 'V-prim',
    sections: {
      '76': { title: 'Looked after and accommodated children: accommodation for children without parents or who are lost or abandoned etc.', summary: 'The Welsh counterpart of Children Act 1989 s20: a local authority must provide accommodation for a child who needs it, and parents keep the right to object and remove the child.', notes: 'heading wording UNV' },
      '130': { title: 'Duty to report children at risk', summary: 'Relevant partners in Wales must tell the local authority if they have reasonable cause to suspect a child is at risk.', notes: 'V-sec' },
    },
    sources: leg('Social Services and Well-being (Wales) Act 2014', 'anaw/2014/4'),
    notes: 'Replaced Children Act 1989 Part III in Wales from April 2016. Part 6: looked-after children; Part 7: safeguarding boards.',
  },
  {
    id: 'ukpga/1995/36',
    title: 'Children (Scotland) Act 1995',
    kind: 'act',
    aliases: ['C(S)A 1995', 'Children (Scotland) Act', 'C(S)A'],
    extent: 'Scotland',
    verification: 'UNV',
    sections: {
      '1': { title: 'Parental responsibilities', summary: 'Sets out the responsibilities parents have towards their children in Scotland.' },
      '2': { title: 'Parental rights', summary: 'Sets out the rights parents have so they can meet those responsibilities.' },
      '22': { title: 'Promotion of welfare of children in need', summary: 'Scottish councils must safeguard and promote the welfare of children in need in their area.' },
      '25': { title: 'Provision of accommodation for children, etc.', summary: 'Scottish councils must provide accommodation for children who need it: voluntary accommodation, not secure accommodation as under CA 1989 s25.' },
    },
    sources: leg('Children (Scotland) Act 1995', 'ukpga/1995/36', 'id UNV'),
  },
  {
    id: 'asp/2011/1',
    title: "Children's Hearings (Scotland) Act 2011",
    kind: 'scottish-act',
    aliases: ['CH(S)A 2011', "Children's Hearings (Scotland) Act", 'CH(S)A'],
    extent: 'Scotland',
    verification: 'UNV',
    sources: leg("Children's Hearings (Scotland) Act 2011", 'asp/2011/1', 'id UNV'),
    notes: 'Child protection orders, compulsory supervision orders and the Children’s Reporter.',
  },
  {
    id: 'asp/2014/8',
    title: 'Children and Young People (Scotland) Act 2014',
    kind: 'scottish-act',
    aliases: ['CYP(S)A 2014', 'Children and Young People (Scotland) Act'],
    extent: 'Scotland',
    verification: 'UNV',
    sources: leg('Children and Young People (Scotland) Act 2014', 'asp/2014/8', 'id UNV'),
    notes: 'GIRFEC and corporate parenting in Scotland.',
  },
  {
    id: 'nisi/1995/755',
    title: 'Children (Northern Ireland) Order 1995',
    kind: 'ni-order',
    aliases: ['the Children Order', 'C(NI)O 1995', 'Children (NI) Order', 'Children (NI) Order 1995', 'Children (N.I.) Order 1995', 'Children (N.I.) Order', 'C(NI)O'],
    extent: 'Northern Ireland',
    verification: 'V-prim',
    division: 'article',
    sections: {
      '2': { title: 'Interpretation', summary: 'Defines terms used in the Order, including an “Article 8 order” (the counterpart of a section 8 order).' },
      '8': { title: 'Residence, contact and other orders with respect to children', summary: 'The Northern Ireland counterpart of Children Act 1989 s8 orders.' },
      '18': { title: 'General duty of authority to provide personal social services for children in need, their families and others', summary: 'The counterpart of CA 1989 s17: support for children in need.', notes: 'UNV' },
      '21': { title: 'Provision of accommodation for children: general', summary: 'The counterpart of CA 1989 s20: voluntary accommodation.', notes: 'UNV' },
      '49': { title: 'Care orders and supervision orders', summary: 'A court can put a child in the care, or under the supervision, of an HSC Trust.' },
      '50': { title: 'Care orders and supervision orders: threshold', summary: 'The threshold of significant harm for care and supervision orders.', notes: 'UNV' },
      '62': { title: 'Child assessment orders', summary: 'A court can order an assessment of a child for up to 7 days where significant harm is suspected.' },
      '63': { title: 'Orders for emergency protection of children', summary: 'The counterpart of CA 1989 s44: emergency protection orders.' },
      '64': { title: 'Duration of emergency protection orders and other supplemental provisions', summary: 'An emergency protection order lasts up to 8 days and can be extended once by up to 7 days.' },
      '65': { title: 'Removal and accommodation of children by police in cases of emergency', summary: 'The counterpart of CA 1989 s46: police protection.', notes: 'UNV' },
      '66': { title: 'Authority’s duty to investigate', summary: 'The counterpart of CA 1989 s47: enquiries where significant harm is suspected.', notes: 'UNV' },
    },
    sources: leg('Children (Northern Ireland) Order 1995', 'nisi/1995/755'),
  },

  // §4 Statutory guidance cited like legislation (no legislation.gov.uk id)
  {
    title: 'Working Together to Safeguard Children 2023',
    kind: 'guidance',
    aliases: ['Working Together', 'Working Together to Safeguard Children', 'Working Together 2023', 'WT', 'WTTSC', 'WT2023', 'WT 2023', 'WT23', 'WT 23'],
    extent: 'England',
    verification: 'V-sec',
    sources: [workingTogether2023('DfE, December 2023')],
    notes: 'Current statutory guidance, issued under LASSA 1970 s7 and the Children Act 2004. Cited by paragraph, never by section.',
  },
  {
    title: 'Working Together to Safeguard Children 2018',
    kind: 'guidance',
    aliases: ['Working Together 2018', 'WT2018', 'WT 2018', 'WT18', 'WT 18'],
    extent: 'England',
    verification: 'SEED',
    sources: [{ document: 'Working Together to Safeguard Children 2018', version: '2018 (July)', seed: '001_60fdddf64cfb0ea0.txt', checkedOn: REFERENCE_CHECK, supersededBy: WT2018_SUPERSEDED_BY }],
    notes: 'Superseded in December 2023 (updated December 2020 before that).',
  },
  {
    title: 'Keeping Children Safe in Education',
    kind: 'guidance',
    aliases: ['KCSIE'],
    extent: 'England',
    verification: 'UNV',
    notes: 'Statutory guidance for schools, revised every year (designated safeguarding lead; Part 4 on allegations against staff).',
  },
  {
    title: "Children's Social Care National Framework",
    kind: 'guidance',
    aliases: ['national framework', 'the National Framework'],
    extent: 'England',
    verification: 'V-sec',
    notes: 'Statutory guidance (2023).',
  },
  {
    title: 'Court orders and pre-proceedings',
    kind: 'guidance',
    aliases: ['pre-proceedings guidance'],
    extent: 'England',
    verification: 'SEED',
    sources: [{ document: 'Court orders and pre-proceedings', version: 'DfE, April 2014', seed: '001_60fdddf64cfb0ea0.txt', locator: 'cited in footnote 24', checkedOn: REFERENCE_CHECK }],
    notes: 'Statutory guidance.',
  },
  {
    title: 'The Children Act 1989 Guidance and Regulations',
    kind: 'guidance',
    aliases: ['Volume 2', 'CA 1989 guidance', 'Children Act 1989 guidance'],
    extent: 'England',
    verification: 'SEED',
    sources: [{ document: 'The Children Act 1989 Guidance and Regulations', locator: 'Vol. 1 (Court orders); Vol. 2 (Care planning, placement and case review)', seed: '001_60fdddf64cfb0ea0.txt', notes: 'Volume 2 is cited in seed 001.', checkedOn: REFERENCE_CHECK }],
    notes: 'Statutory guidance.',
  },
  {
    title: 'Getting the Best from Complaints',
    kind: 'guidance',
    aliases: [],
    extent: 'England',
    verification: 'V-sec',
    notes: 'DfE 2006 guidance on the complaints regulations (Family Rights Group cites para 3.5.7).',
  },
  {
    title: 'Information sharing: advice for practitioners',
    kind: 'guidance',
    aliases: ['information sharing advice'],
    extent: 'England',
    verification: 'SEED',
    notes: 'Non-statutory advice; cited in seeds 001 and 003.',
  },
  {
    title: 'Wales Safeguarding Procedures',
    kind: 'guidance',
    aliases: ['WSP'],
    extent: 'Wales',
    verification: 'V-sec',
    notes: 'Welsh national procedures (2019).',
  },
  {
    title: 'National Guidance for Child Protection in Scotland',
    kind: 'guidance',
    aliases: [],
    extent: 'Scotland',
    verification: 'UNV',
    notes: 'Scottish national guidance (2021, updated 2023): inter-agency referral discussions, child protection planning meetings.',
  },
  {
    title: 'Co-operating to Safeguard Children and Young People in Northern Ireland',
    kind: 'guidance',
    aliases: [],
    extent: 'Northern Ireland',
    verification: 'UNV',
    notes: 'Northern Ireland guidance.',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Look-ups
// ---------------------------------------------------------------------------------------------------------

const BY_ID = new Map<string, Act>();
const BY_TITLE = new Map<string, Act>();
for (const act of ACTS) {
  if (act.id) BY_ID.set(act.id, act);
  BY_TITLE.set(normaliseTitle(act.title), act);
}

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The act with this exact short title (case, curly apostrophes and spacing ignored). */
export function actByTitle(title: string): Act | undefined {
  return BY_TITLE.get(normaliseTitle(title));
}

/** The act with this legislation.gov.uk id, e.g. "ukpga/1989/41" (a leading "id/" is accepted). */
export function actById(id: string): Act | undefined {
  return BY_ID.get(id.replace(/^\/?(id\/)?/, '').replace(/\/$/, ''));
}

// ---------------------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------------------

export type Division = 'section' | 'article' | 'regulation' | 'part' | 'schedule';

const ROMAN: [number, string][] = [
  [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13,
};

function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) { out += letters; n -= value; }
  return out;
}

function fromRoman(s: string): number | undefined {
  if (!/^[IVXLC]+$/i.test(s)) return undefined;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  const up = s.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const v = values[up[i]!]!;
    const next = values[up[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function partNumber(act: Act | undefined, raw: string): string {
  const trimmed = raw.trim();
  let n: number | undefined;
  if (/^\d+$/.test(trimmed)) n = Number(trimmed);
  else if (WORDS[trimmed.toLowerCase()] !== undefined) n = WORDS[trimmed.toLowerCase()];
  else n = fromRoman(trimmed);
  if (n === undefined) return trimmed;
  return act?.partNumbering === 'roman' ? toRoman(n) : String(n);
}

/** First-level subsection of a suffix such as "(1)(b)" → "1"; deeper levels are not linked (UNV on the site). */
function firstSubsection(subsection: string | undefined): string | undefined {
  const m = subsection?.match(/^\s*\(\s*([0-9]+[A-Z]*)\s*\)/i);
  return m?.[1];
}

/**
 * legislation.gov.uk address of a provision, following acts.md "Link building":
 * - section: `/section/N`, plus at most the first-level subsection (`/section/14/2`);
 * - article: HRA Convention articles → `/schedule/1`; NI Orders (nisi) and the UK GDPR (eur) → `/article/N`;
 * - regulation: `/regulation/N`; part: `/part/N` (roman for Acts that number Parts that way); schedule: `/schedule/N`.
 * Returns undefined when no address can be built (no id, or a division the instrument does not have).
 */
export function legislationUrl(actId: string | undefined, division: Division, number: string, subsection?: string): string | undefined {
  if (!actId) return undefined;
  const id = actId.replace(/^\/?(id\/)?/, '').replace(/\/$/, '');
  const base = `${LEG}/${id}`;
  const act = actById(id);
  const num = number.trim().replace(/\s+/g, '');
  if (!num) return base;
  const type = id.split('/')[0];
  switch (division) {
    case 'section': {
      if (type === 'nisi' || type === 'eur') return `${base}/article/${num}`;
      if (type === 'uksi' || type === 'wsi' || type === 'ssi' || type === 'nisr') return `${base}/regulation/${num}`;
      const sub = firstSubsection(subsection);
      return sub ? `${base}/section/${num}/${sub}` : `${base}/section/${num}`;
    }
    case 'article':
      if (id === 'ukpga/1998/42') return `${base}/schedule/1`;
      if (type === 'nisi' || type === 'eur') return `${base}/article/${num}`;
      return undefined;
    case 'regulation':
      return `${base}/regulation/${num}`;
    case 'part':
      return `${base}/part/${partNumber(act, num)}`;
    case 'schedule':
      return `${base}/schedule/${num}`;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Aliases for the detector
// ---------------------------------------------------------------------------------------------------------

export interface ActAlias {
  /** Surface form, e.g. "CA 1989", "the 1989 Act". */
  alias: string;
  /** Short title the alias resolves to by default. */
  title: string;
  /** Acronyms and short codes match case-sensitively; word phrases do not. */
  caseSensitive: boolean;
  /** Set when the alias can name several instruments: the detector should use context or the document's own definitions. */
  ambiguous?: boolean;
  /** Candidate titles when ambiguous, default first. */
  candidates?: string[];
  /** Why it is ambiguous or when it applies. */
  note?: string;
}

const AMBIGUOUS: Record<string, { candidates: string[]; note: string }> = {
  'the 2014 Act': {
    candidates: ['Children and Families Act 2014', 'Care Act 2014', 'Social Services and Well-being (Wales) Act 2014'],
    note: 'Resolve from the document’s own definition; otherwise leave ambiguous (Welsh documents: SSWBA 2014).',
  },
  'CA 2014': {
    candidates: ['Care Act 2014', 'Children and Families Act 2014'],
    note: 'Used for the Care Act 2014 and sometimes for the Children and Families Act 2014; easily confused with CA 2004.',
  },
  'the 2002 Act': {
    candidates: ['Adoption and Children Act 2002', 'Education Act 2002'],
    note: 'Usually the Adoption and Children Act 2002 in this domain; check the document’s definition.',
  },
  'the Act': {
    candidates: ['Children Act 1989'],
    note: 'Only when the document is about children’s social care or defines “the Act”; otherwise unresolved.',
  },
};

/**
 * Codes that are no English word and that pages also write in lower case ("gdpr", "uk gdpr"): matched in any case,
 * like word phrases. Other codes stay case-sensitive, because in lower case they are words ("pace", "dpa"...).
 */
const ANY_CASE_CODES = new Set(['GDPR', 'UK GDPR']);

/** Acronyms and codes ("CA 1989", "ChA 1989", "EqA", "FGM Act 2003") match case-sensitively; phrases with words do not. */
function looksCaseSensitive(alias: string): boolean {
  if (ANY_CASE_CODES.has(alias)) return false;
  return !/[a-z]{3,}/.test(alias.replace(/\bAct\b/g, ''));
}

function buildAliases(): ActAlias[] {
  const seen = new Map<string, ActAlias>();
  const add = (alias: string, title: string, caseSensitive: boolean) => {
    const key = caseSensitive ? alias : alias.toLowerCase();
    if (seen.has(key)) return;
    const amb = AMBIGUOUS[alias];
    seen.set(key, {
      alias,
      title: amb?.candidates[0] ?? title,
      caseSensitive,
      ...(amb ? { ambiguous: true, candidates: amb.candidates, note: amb.note } : {}),
    });
  };
  for (const act of ACTS) {
    add(act.title, act.title, false);
    if (act.title.includes("'")) add(act.title.replace(/'/g, '’'), act.title, false);
    for (const alias of act.aliases) {
      add(alias, act.title, looksCaseSensitive(alias));
      if (alias.includes("'")) add(alias.replace(/'/g, '’'), act.title, looksCaseSensitive(alias));
    }
  }
  // Code-unit order for ties, not localeCompare: the first localeCompare on a page sets up the locale collator,
  // which cost 20+ ms of every page's content-script start.
  return [...seen.values()].sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
}

/** Every title and alias, longest first, for the citation detector. */
export const ACT_ALIASES: ActAlias[] = buildAliases();
