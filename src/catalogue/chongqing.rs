//! 重庆市人民政府关于促进高新技术产业开发区高质量发展的实施意见（征求意见稿）.
//!
//! Applies to enterprises, people and institutions in Chongqing's high-tech
//! zones, national and municipal (municipal zones count as `provincial`); one
//! measure (（十一）, the S&T service institutions' income reward) is not
//! limited to the zones. The document is a **draft for comments**, undated and
//! unnumbered: every measure here is a draft. Source text:
//! `sources/002_cbae1e7397711c0e.txt`.

use super::national::{NOTE_RESTATED_TAX, NOTE_ZONE_DEVELOPER};
use super::parties::*;
use super::{
    is, test, BRINGS_OWN_RESULTS, FIRST_SET_EQUIPMENT, FOREIGN_NATIONAL, HAS_RD_EXPENSE,
    HAS_RD_EXPENSE_OWN_OR_COMMISSIONED, HIGH_TECH_ENTERPRISE, IN_A_CHONGQING_ZONE_LEVEL, IN_CHONGQING,
    RULE_HIGH_TECH_INCOME_TAX, RULE_RD_SUPER_DEDUCTION, STARTUP_IN_ZONE, TECH_ENTERPRISE, TECH_PERSONNEL, TECH_SME,
    ZONE_DEVELOPMENT_ENTITY,
};
use crate::engine::condition::{Check, Condition};
use crate::engine::fact::Fact;
use crate::engine::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure, Nature};
use crate::engine::text::Text;

pub(super) const DOCUMENT: Document = Document {
    jurisdiction: Jurisdiction::Chongqing,
    file: "002_cbae1e7397711c0e.txt",
    title: Text::words(
        "重庆市人民政府关于促进高新技术产业开发区高质量发展的实施意见（征求意见稿）",
        "Implementing Opinions of the Chongqing Municipal People's Government on Promoting the High-Quality Development of High-tech Industrial Development Zones (draft for comments)",
    ),
    issuer: Text::words("重庆市人民政府", "Chongqing Municipal People's Government"),
    number: None,
    issued: None,
    published: None,
    target_year: Some(2025),
    vision_year: Some(2035),
    status: DocumentStatus::Draft,
    note: Text::words(
        "征求意见稿，未注明日期和文号：其中每一项措施都只是草案，正式印发时可能修改或删除。原文第一部分标题作“1、 总体要求”（应为“一、”）。",
        "A draft for comments, with no date and no document number: every measure in it is only a draft and may be changed or dropped when the final text is issued. The first part heading reads \u{201c}1、 总体要求\u{201d} (for \u{201c}一、\u{201d}).",
    ),
};

// 责任单位 of each clause, as the document lists them.

const RESPONSIBLE_4: Text = Text::words(
    "市纪委监委、市委组织部、市委编办、市人力社保局、市审计局，有关区县政府、各高新区管委会",
    "The municipal Commission for Discipline Inspection and Supervisory Commission, the Organisation Department of the CPC Chongqing Municipal Committee, the municipal establishment office, the Human Resources and Social Security Bureau and the Audit Bureau; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_5: Text = Text::words(
    "市委组织部、市委编办，市财政局、市国资委、市市场监管局、市金融监管局等，有关区县政府、各高新区管委会",
    "Organisation Department of the CPC Chongqing Municipal Committee and the municipal establishment office; Chongqing Municipal Finance Bureau, State-owned Assets Supervision and Administration Commission, Administration for Market Regulation, Financial Regulatory Bureau and others; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_9: Text = Text::words(
    "市科技局、市经济信息委、市财政局、市市场监管局、市税务局，有关区县政府、各高新区管委会",
    "Chongqing Municipal Science and Technology Bureau, Economy and Information Technology Commission, Finance Bureau, Administration for Market Regulation and Tax Service; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_10: Text = Text::words(
    "市科技局、市经济信息委，有关区县政府、各高新区管委会",
    "Chongqing Municipal Science and Technology Bureau and Economy and Information Technology Commission; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_11: Text = Text::words(
    "市发展改革委、市科技局、市财政局、市市场监管局，各高新区管委会",
    "Chongqing Municipal Development and Reform Commission, Science and Technology Bureau, Finance Bureau and Administration for Market Regulation; the management committees of all high-tech zones",
);

const RESPONSIBLE_12: Text = Text::words(
    "市发展改革委、市教委、市科技局、市经济信息委，有关区县政府、各高新区管委会",
    "Chongqing Municipal Development and Reform Commission, Education Commission, Science and Technology Bureau and Economy and Information Technology Commission; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_13: Text = Text::words(
    "市委组织部、市教委、市科技局、市人力社保局、市公安局，有关区县政府、各高新区管委会",
    "Organisation Department of the CPC Chongqing Municipal Committee, Chongqing Municipal Education Commission, Science and Technology Bureau, Human Resources and Social Security Bureau and Public Security Bureau; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_14: Text = Text::words(
    "市发展改革委、市教委、市科技局、市经济信息委、市财政局，有关区县政府、各高新区管委会",
    "Chongqing Municipal Development and Reform Commission, Education Commission, Science and Technology Bureau, Economy and Information Technology Commission and Finance Bureau; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_15: Text = Text::words(
    "市发展改革委、市教委、市科技局、市财政局，有关区县政府、各高新区管委会",
    "Chongqing Municipal Development and Reform Commission, Education Commission, Science and Technology Bureau and Finance Bureau; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_21: Text = Text::words(
    "市财政局、市金融监管局、重庆银保监局、市证监局，有关区县政府、各高新区管委会",
    "Chongqing Municipal Finance Bureau and Financial Regulatory Bureau, the Chongqing Office of the China Banking and Insurance Regulatory Commission, the securities regulator in Chongqing; the district and county governments concerned; the management committees of all high-tech zones",
);

const RESPONSIBLE_24: Text = Text::words(
    "市财政局、市税务局，有关区县政府、各高新区管委会",
    "Chongqing Municipal Finance Bureau and Tax Service; the district and county governments concerned; the management committees of all high-tech zones",
);

// The sentences shared by several measures.

const QUOTE_9_POLICIES: &str =
    "支持高新区落实好研发费用加计扣除、企业所得税减免、技术创新与应用发展专项、研发准备金补助等政策。";

const QUOTE_9_LOAN_AND_AWARD: &str = "推动合作银行为高新区内规上高新技术企业提供最高1000万元的知识价值信用贷款，市财政对科创板成功上市的规上高新技术企业给予最高1000万元奖补。";

const QUOTE_13_DOCTORAL: &str = "支持高新区内科研人员申请博士“直通车”科研项目可适当放宽条件。";

const QUOTE_15_TRANSFER: &str =
    "在高新区内通过转化实现产业化的科技成果，由高新区对出让方、受让方、转化服务机构给予经费补助。";

const ABOVE_DESIGNATED_SIZE: Condition =
    is(Fact::AboveDesignatedSize, "是规模以上（规上）企业", "is an above-designated-size enterprise");

const NOTE_TRANSFER: Text = Text::words(
    "原文“由高新区……给予经费补助”没有写明金额、标准和申报办法，要由各高新区先制定办法，故为须他人决定。地点看的是科技成果在哪里转化实现产业化，而不是各方自身在哪里：出让方、转化服务机构（如外省高校、外地服务机构）本身不必位于重庆；受让方是在高新区内实现产业化的一方，按其所在地判断。",
    "The text (\u{201c}the zone gives the transferor, transferee and service agency a funding subsidy\u{201d}) names no amount, standard or procedure: each zone must first set its own rules, so someone else decides. The place tested is where the achievement is industrialised, not where each party is: a transferor or service agency (a university or agency from another province, say) need not itself be in Chongqing; the transferee is the party industrialising in the zone, so its own location is tested.",
);

const APPROVAL_TRANSFER: Text = Text::words(
    "须所在高新区已制定经费补助办法（金额、标准和申报程序原文未写明），按其办法审核发放",
    "Only where the zone has set its subsidy rules (the text gives no amount, standard or procedure), and under those rules",
);

/// Chongqing （十五）: the achievement is industrialised in a Chongqing zone —
/// the place of the activity, whoever the party is and wherever it sits.
const INDUSTRIALISED_IN_A_CHONGQING_ZONE: Condition = Condition::All(&[
    test(
        Check::OneOf(Fact::AchievementPlaceProvince, &["chongqing"]),
        "科技成果在重庆市转化落地",
        "the achievement is put to use in Chongqing",
    ),
    test(
        Check::OneOf(Fact::AchievementPlaceZoneLevel, &["national", "provincial"]),
        "科技成果在高新区（国家级或市级）内转化实现产业化",
        "the achievement is industrialised in a high-tech zone (national or municipal)",
    ),
]);

/// Where a municipal programme the sentence tells zones to apply is open.
const REACH_CITY_PROGRAMME: Text = Text::words(
    "这是重庆市的市级政策，面向全市符合条件的企业和单位，不限于高新区；本句只是要求高新区落实好。",
    "This is a Chongqing municipal programme, open to qualifying enterprises and organisations anywhere in Chongqing, not only in the zones; the sentence only tells the zones to apply it well.",
);

/// The exit-entry administration: the national authority for residence.
const RESPONSIBLE_EXIT_ENTRY: Text =
    Text::words("公安机关出入境管理部门", "Exit-entry administration of the public security organs");

/// 出境入境管理法 art. 47 and the national rules on permanent residence.
const RULE_PERMANENT_RESIDENCE: Text = Text::words(
    "《出境入境管理法》第四十七条：对中国经济社会发展作出突出贡献或者符合其他在中国境内永久居留条件的外国人，经本人申请和公安部批准，取得永久居留资格。条件和程序按《外国人在中国永久居留审批管理办法》等规定，申请人的配偶和未满18周岁的未婚子女可随同申请。全国适用，不限高新区。",
    "Exit and Entry Administration Law art. 47: a foreign national who has made an outstanding contribution to China's economic and social development, or meets the other conditions for permanent residence, obtains it on application and with the approval of the Ministry of Public Security. Conditions and procedure follow the rules on the examination and approval of foreigners' permanent residence, under which the spouse and unmarried children under 18 may apply with the applicant. Nationwide, not limited to the zones.",
);

pub(super) static MEASURES: &[Measure] = &super::lean([
    // （四）组建专业高效管理团队。
    Measure {
        id: "chongqing.rank-sealing",
        audiences: PERSON,
        title: Text::words("到高新区工作的行政事业单位人员封存原有职级", "Civil-service and public-institution staff keep their rank on file while working for a zone"),
        benefit: Benefit::plain(
            BenefitKind::StaffReward,
            "在高新区工作期间封存原有职级，业绩突出的仍可按规定享受原职级晋升待遇",
            "their original rank is kept on file while they work for the zone, and those with outstanding results may still be promoted in it as the rules provide",
        ),
        document: &DOCUMENT,
        clause: "（四）",
        quote: "支持高新区探索全员聘用制，实行公开招聘、双向选择、竞争上岗，对行政和事业单位人员在高新区工作期间封存原有职级，业绩突出的仍可按规定享受原职级晋升待遇。",
        condition: Condition::All(&[
            is(
                Fact::PublicSectorStaffInZone,
                "是在高新区管理机构工作的行政或事业单位人员",
                "is civil-service or public-institution staff working for the zone's management body",
            ),
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Discretionary(Text::words(
            "须所在高新区实行全员聘用制（原文为“支持高新区探索”）；原职级晋升待遇须“业绩突出”，按干部人事规定决定",
            "Only where the zone has adopted all-staff hiring (the text only supports zones in exploring it); promotion in the original rank needs outstanding results and is decided under the personnel rules",
        )),
        responsible: Some(RESPONSIBLE_4),
        reach: None,
        note: Some(Text::words(
            "职级封存是高新区探索全员聘用制的一部分，须高新区先建立该制度；晋升待遇“可按规定享受”，由组织人事部门决定。",
            "Keeping the rank on file is part of the all-staff hiring the zones are to explore, so the zone must first adopt it; promotion \u{201c}may\u{201d} follow, as the personnel authorities decide.",
        )),
    },
    // （五）创新高新区建设运营模式。
    Measure {
        id: "chongqing.zone-developer-financing",
        audiences: ENTERPRISE,
        title: Text::words("高新区开发建设主体发债与上市", "Bonds and listings for high-tech zones' development entities"),
        benefit: Benefit::plain(
            BenefitKind::Financing,
            "支持符合条件的开发建设主体发行债券、首次公开发行股票或重组上市（政策方向）",
            "development entities that meet the conditions are to be supported in issuing bonds, an initial public offering or a listing by restructuring (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "支持符合条件的高新区开发建设主体发行债券、首次公开发行股票或重组上市。",
        condition: Condition::All(&[ZONE_DEVELOPMENT_ENTITY, IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE_5),
        reach: None,
        note: Some(NOTE_ZONE_DEVELOPER),
    },
    // （九）发展壮大高新技术企业。
    Measure {
        id: "chongqing.rd-super-deduction",
        audiences: ENTERPRISE,
        title: Text::words("研发费用加计扣除", "R&D expense super-deduction"),
        benefit: Benefit::plain(
            BenefitKind::TaxRelief,
            "按税收政策享受研发费用加计扣除",
            "R&D expenses deducted at more than their amount, as the tax rules provide",
        ),
        document: &DOCUMENT,
        clause: "（九）",
        quote: QUOTE_9_POLICIES,
        condition: HAS_RD_EXPENSE_OWN_OR_COMMISSIONED,
        nature: Nature::Restated(RULE_RD_SUPER_DEDUCTION),
        responsible: Some(RESPONSIBLE_9),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    Measure {
        id: "chongqing.high-tech-enterprise-income-tax",
        audiences: ENTERPRISE,
        title: Text::words("高新技术企业所得税减免", "Income-tax reduction for high-tech enterprises"),
        benefit: Benefit::plain(
            BenefitKind::TaxRelief,
            "按税收政策减免企业所得税",
            "enterprise income tax reduced as the tax rules provide",
        ),
        document: &DOCUMENT,
        clause: "（九）",
        quote: QUOTE_9_POLICIES,
        condition: HIGH_TECH_ENTERPRISE,
        nature: Nature::Restated(RULE_HIGH_TECH_INCOME_TAX),
        responsible: Some(RESPONSIBLE_9),
        reach: None,
        note: Some(Text::words(
            "原文只写“企业所得税减免”；因本条是“发展壮大高新技术企业”，按高新技术企业所得税优惠理解。这是全国税收政策的重申，不在高新区的高新技术企业同样适用，结果仅供参考。",
            "The text says only \u{201c}enterprise income-tax reduction\u{201d}; as the clause is about growing high-tech enterprises, it is read as the high-tech enterprise income-tax preference. It restates nationwide tax law, which high-tech enterprises outside the zones have too, so the result is for information.",
        )),
    },
    Measure {
        id: "chongqing.tech-innovation-special-project",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("技术创新与应用发展专项", "Technology Innovation and Application Development programme"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "可按规定申报技术创新与应用发展专项",
            "may apply, under its rules, to the Technology Innovation and Application Development programme",
        ),
        document: &DOCUMENT,
        clause: "（九）",
        quote: QUOTE_9_POLICIES,
        condition: IN_CHONGQING,
        nature: Nature::Discretionary(Text::words(
            "专项项目按其年度申报指南择优立项，由市级主管部门评审决定",
            "Projects are chosen on merit under the programme's yearly call; the municipal authorities decide",
        )),
        responsible: Some(RESPONSIBLE_9),
        reach: Some(REACH_CITY_PROGRAMME),
        note: Some(Text::words(
            "本句是“支持高新区落实好……专项……等政策”：专项是市级的，本句既不新设也不限定它，故只要求位于重庆市，不以高新区或高新技术企业为条件；企业和高校、科研院所等单位均可按申报指南申报，资格和条件以当年申报指南为准。",
            "The sentence supports zones in applying the programme: the programme is the city's, and the sentence neither creates nor confines it, so only being in Chongqing is tested, not a zone or a high-tech certificate. Enterprises and universities, institutes and other organisations apply under its call, whose yearly terms decide who may.",
        )),
    },
    Measure {
        id: "chongqing.rd-reserve-subsidy",
        audiences: ENTERPRISE,
        title: Text::words("研发准备金补助", "R&D reserve subsidy"),
        benefit: Benefit::plain(
            BenefitKind::Subsidy,
            "可按研发准备金制度申请研发投入补助",
            "may apply for a subsidy on its R&D spending under the R&D reserve scheme",
        ),
        document: &DOCUMENT,
        clause: "（九）",
        quote: QUOTE_9_POLICIES,
        condition: Condition::All(&[HAS_RD_EXPENSE, IN_CHONGQING]),
        nature: Nature::Discretionary(Text::words(
            "须按重庆市研发准备金补助办法建立研发准备金制度、申报研发投入，经主管部门审核后确定补助",
            "The enterprise must keep an R&D reserve and declare its R&D spending under Chongqing's R&D reserve subsidy rules; the authorities review it and set the subsidy",
        )),
        responsible: Some(RESPONSIBLE_9),
        reach: Some(REACH_CITY_PROGRAMME),
        note: Some(Text::words(
            "本句只是“支持高新区落实好”重庆市的研发准备金补助政策，没有限定高新区或高新技术企业，也没有写明补助条件，故只要求位于重庆市且有研发投入；条件、标准和审核程序以研发准备金补助办法为准，本工具不作判断。",
            "The sentence only supports zones in applying Chongqing's R&D reserve subsidy; it confines it to neither the zones nor high-tech enterprises and states no terms, so only being in Chongqing with R&D spending is tested. Conditions, rates and review follow the subsidy's own rules, which this tool does not check.",
        )),
    },
    Measure {
        id: "chongqing.tax-retention-reward",
        audiences: ENTERPRISE,
        title: Text::words("高新技术企业税收地方留存部分奖励", "Reward from the local share of high-tech enterprises' taxes"),
        benefit: Benefit::plain(
            BenefitKind::Award,
            "按一定比例获得其税收地方留存部分的奖励",
            "a reward of a share of the locally retained part of its taxes",
        ),
        document: &DOCUMENT,
        clause: "（九）",
        quote: "鼓励高新区探索高新技术企业税收地方留存部分按一定比例给予奖励，制定土地转让优惠、房屋租金减免、研发投入补贴等激励政策。",
        condition: Condition::All(&[HIGH_TECH_ENTERPRISE, IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Discretionary(Text::words(
            "须所在高新区出台该奖励政策（原文为“鼓励高新区探索”），比例和办法由高新区确定",
            "Only where the zone has adopted such a reward (the text only encourages zones to explore it); the zone sets the share and the procedure",
        )),
        responsible: Some(RESPONSIBLE_9),
        reach: None,
        note: Some(Text::words(
            "同句的土地转让优惠、房屋租金减免、研发投入补贴等激励政策未写明对象和标准，未单列为措施。",
            "The land-transfer, rent and R&D-spending incentives in the same sentence name neither a beneficiary nor terms, so they are not listed as measures.",
        )),
    },
    Measure {
        id: "chongqing.research-project-priority",
        audiences: ENTERPRISE,
        title: Text::words("市、区县科研项目优先支持", "Priority in municipal and district/county research projects"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "建立研发机构、加强技术攻关、打造商标品牌的，申报市、区县两级科研项目时获优先支持",
            "priority in municipal and district/county research projects for setting up R&D institutions, tackling key technologies and building brands",
        ),
        document: &DOCUMENT,
        clause: "（九）",
        quote: "支持高新区内高新技术企业建立研发机构、加强技术攻关、打造商标品牌，市、区县两级科研项目给予优先支持。",
        condition: Condition::All(&[HIGH_TECH_ENTERPRISE, IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Discretionary(Text::words(
            "优先是在科研项目评审中的优先，项目仍按各科研计划的规定申报和评审决定",
            "The priority is one within the project review: each project is still applied for and decided under its research programme's rules",
        )),
        responsible: Some(RESPONSIBLE_9),
        reach: None,
        note: Some(Text::words(
            "优先支持针对建立研发机构、加强技术攻关、打造商标品牌的项目，本工具不问项目内容。",
            "The priority is for projects that set up R&D institutions, tackle key technologies or build brands; this tool does not ask about the project.",
        )),
    },
    Measure {
        id: "chongqing.knowledge-value-loan",
        audiences: ENTERPRISE,
        title: Text::words("规上高新技术企业知识价值信用贷款", "Knowledge-value credit loan for above-size high-tech enterprises"),
        benefit: Benefit::plain(
            BenefitKind::Loan,
            "合作银行提供最高1000万元的知识价值信用贷款",
            "a knowledge-value credit loan of up to 10 million yuan from partner banks",
        )
        .up_to_yuan(10_000_000),
        document: &DOCUMENT,
        clause: "（九）",
        quote: QUOTE_9_LOAN_AND_AWARD,
        condition: Condition::All(&[
            ABOVE_DESIGNATED_SIZE,
            HIGH_TECH_ENTERPRISE,
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Discretionary(Text::words(
            "贷款由金融机构按其信贷规定审批，本条不保证获得贷款",
            "The lender decides on each loan under its own credit rules; this does not promise a loan",
        )),
        responsible: Some(RESPONSIBLE_9),
        reach: None,
        note: Some(Text::words(
            "“推动合作银行……提供”：贷款由合作银行按其信贷规定审批，1000万元是上限，不是承诺的金额；贷款要偿还，不应与奖补资金相加。",
            "\u{201c}Push partner banks to provide\u{201d}: each partner bank decides under its own credit rules; 10 million yuan is a cap, not a promised amount, and a loan is repaid, so it is never added to grants.",
        )),
    },
    Measure {
        id: "chongqing.star-listing-award",
        audiences: ENTERPRISE,
        title: Text::words("科创板上市奖补", "Award for listing on the STAR Market"),
        benefit: Benefit::plain(
            BenefitKind::Award,
            "市财政给予最高1000万元奖补",
            "an award of up to 10 million yuan from the municipal budget",
        )
        .up_to_yuan(10_000_000),
        document: &DOCUMENT,
        clause: "（九）",
        quote: QUOTE_9_LOAN_AND_AWARD,
        condition: Condition::All(&[
            ABOVE_DESIGNATED_SIZE,
            HIGH_TECH_ENTERPRISE,
            is(Fact::ListedOnStarMarket, "已在科创板成功上市", "is listed on the STAR Market"),
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Entitlement,
        responsible: Some(RESPONSIBLE_9),
        reach: None,
        note: Some(Text::words(
            "“市财政……给予最高1000万元奖补”是确定的给予，故条件满足即为符合；1000万元是上限，具体金额和申报办法按实施细则。该半句未重复“高新区内”，按本条（高新区内的高新技术企业）理解为高新区内企业。",
            "\u{201c}The municipal budget gives an award of up to 10 million yuan\u{201d} is a firm grant, so meeting the conditions makes the enterprise eligible; 10 million yuan is a cap, and the amount and procedure follow the implementing rules. This half of the sentence does not repeat \u{201c}in the zones\u{201d}; read with the clause (high-tech enterprises in the zones), it is taken to mean zone enterprises.",
        )),
    },
    // （十）大力培育科技型中小企业。
    Measure {
        id: "chongqing.researcher-startup",
        audiences: PERSON,
        title: Text::words("科技人员携成果入区创新创业", "S&T personnel doing innovation or entrepreneurship in the zone with their results"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "支持科技人员携带科技成果在高新区创新创业（政策方向）",
            "S&T personnel bringing their results to the zone to innovate or start up are to be supported (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十）",
        quote: "支持科技人员携带科技成果在高新区创新创业，通过众创、众包、众扶、众筹等途径，孵化和培育科技型创业团队和初创企业。",
        condition: Condition::All(&[
            TECH_PERSONNEL,
            BRINGS_OWN_RESULTS,
            STARTUP_IN_ZONE,
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE_10),
        reach: None,
        note: Some(Text::words(
            "“支持……创新创业”说明政策方向，没有写明对个人的具体支持，故仅供参考。“科技人员”包括企业的科技人员，不限于高校和科研院所。",
            "\u{201c}Support S&T personnel in starting up\u{201d} states a direction and names no concrete support for a person, so it is for information. \u{201c}科技人员\u{201d} includes S&T staff of enterprises, not only of universities and institutes.",
        )),
    },
    Measure {
        id: "chongqing.tech-sme-procurement",
        audiences: ENTERPRISE,
        title: Text::words("机关事业单位优先采购科技型中小企业产品", "Priority in public purchasing for tech SMEs"),
        benefit: Benefit::plain(
            BenefitKind::Procurement,
            "鼓励机关事业单位采取非招标方式优先采购其产品和服务（政策方向）",
            "government bodies and public institutions are encouraged to buy from it first, without tender (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十）",
        quote: "鼓励机关事业单位采取非招标方式，优先采购高新区内科技型中小企业的产品和服务。",
        condition: Condition::All(&[TECH_SME, IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE_10),
        reach: None,
        note: Some(Text::words(
            "本句鼓励的是采购方，企业不能据此要求被优先采购，故仅供参考。",
            "The sentence encourages purchasers; an enterprise cannot claim to be bought from first, so it is for information.",
        )),
    },
    // （十一）强化科技创新创业服务。
    Measure {
        id: "chongqing.innovation-voucher",
        audiences: ENTERPRISE,
        title: Text::words("科技创新券", "Innovation vouchers"),
        benefit: Benefit::plain(
            BenefitKind::Voucher,
            "以科技创新券向专业机构购买研究开发、技术转移、检验检测认证、创业孵化、知识产权、科技咨询等服务",
            "innovation vouchers for R&D, technology transfer, testing and certification, incubation, intellectual-property and consulting services from specialised providers",
        ),
        document: &DOCUMENT,
        clause: "（十一）",
        quote: "鼓励高新区建立科技创新券制度，支持专业机构向科技型企业提供研究开发、技术转移、检验检测认证、创业孵化、知识产权、科技咨询等科技创新服务。",
        condition: Condition::All(&[TECH_ENTERPRISE, IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Discretionary(Text::words(
            "须所在高新区已建立科技创新券制度（原文为“鼓励高新区建立”），按其办法申领",
            "Only where the zone has set up an innovation-voucher scheme (the text only encourages zones to), and under that scheme's rules",
        )),
        responsible: Some(RESPONSIBLE_11),
        reach: None,
        note: Some(Text::words(
            "“鼓励高新区建立科技创新券制度”：券要由高新区先建立制度才有，对象是科技型企业，故为须他人决定。",
            "\u{201c}Encourage zones to set up innovation vouchers\u{201d}: vouchers exist only once a zone sets up the scheme, and they are for technology enterprises, so someone else decides.",
        )),
    },
    Measure {
        id: "chongqing.service-income-reward",
        audiences: INSTITUTION,
        title: Text::words("事业单位科技服务收入奖励服务人员", "S&T service income rewarded to the staff of public institutions"),
        benefit: Benefit::plain(
            BenefitKind::StaffReward,
            "鼓励将不低于50%的科技收入奖励服务人员，不受绩效工资总量限制，不作为核定下一年度绩效工资总量的基数和社会保险缴纳基数",
            "is encouraged to award at least 50% of its S&T income to the service staff, outside the performance-pay cap and counted neither in next year's pay base nor in the social-insurance base",
        )
        .at_least_share(50, Fact::TechIncomeYuan),
        document: &DOCUMENT,
        clause: "（十一）",
        quote: "鼓励事业单位服务机构将不低于50%的科技收入奖励服务人员，不受所在单位核定的绩效工资总量限制，不作为核定下一年度绩效工资总量的基数，不作为社会保险缴纳基数。",
        condition: Condition::All(&[
            is(
                Fact::PublicInstitutionServiceOrg,
                "是提供科技服务的事业单位，由重庆市或区县管理（原文只说“事业单位服务机构”；不含中央在渝单位是本目录的解读：市级文件管不到中央核定的绩效工资，见说明）",
                "is a public institution providing S&T services, run by Chongqing or a district (the text says only \u{201c}public service institutions\u{201d}; leaving out central-government institutions in Chongqing is this catalogue's reading: a municipal text cannot set pay the centre sets; see the note)",
            ),
            IN_CHONGQING,
        ]),
        nature: Nature::Entitlement,
        responsible: Some(RESPONSIBLE_11),
        reach: None,
        note: Some(Text::words(
            "本句给予的是事业单位自身的自由：可以把科技收入的50%以上奖励服务人员而不受绩效工资总量限制，无需另行申请，故条件满足即为符合。50%是原文鼓励的比例，不是欠任何人的金额。该句未限定在高新区内，故只要求位于重庆市。市级文件只能约束重庆市和区县管理的事业单位；中央在渝单位（部属高校、中科院所属院所等）的绩效工资由中央主管部门核定，不适用本句。职务科技成果转化现金奖励“不受核定的绩效工资总量限制、不作为下一年度绩效工资总量基数、不作为社会保险缴费基数”，国家已有规定（人社部发〔2021〕14号），在全国适用；本句新增的是把同样的处理扩大到服务机构的全部科技收入，这一部分以市人力社保、财政部门的实施办法为准。",
            "The sentence frees the institution's own decision: it may award 50% or more of its S&T income to service staff outside the performance-pay cap, with nothing to apply for, so meeting the conditions makes it eligible. The 50% is the share the text encourages, not a sum owed to anyone. The sentence is not limited to the zones, so only being in Chongqing is required. A municipal text binds only the institutions Chongqing and its districts run; the pay totals of central-government institutions in Chongqing (ministry universities, Academy of Sciences institutes) are set centrally, and the sentence does not reach them. For cash rewards from transforming job-related S&T achievements, national rules (Ren She Bu Fa [2021] 14) already keep them outside the pay cap, out of next year's pay base and out of the social-insurance base, everywhere; what the sentence adds is the same treatment for all of a service body's S&T income, for which the municipal HR and finance departments' implementing rules decide.",
        )),
    },
    // （十二）集聚优势创新平台。
    Measure {
        id: "chongqing.innovation-platform-evaluation-support",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("创新平台按绩效评估结果获得支持", "Support for innovation platforms by the results of a performance evaluation"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "高新区按创新平台绩效评估结果给予支持（支持方式和额度未写明）",
            "support from the zone by the results of its performance evaluation of innovation platforms (neither form nor amount is given)",
        ),
        document: &DOCUMENT,
        clause: "（十二）",
        quote: "鼓励高新区建立各类创新平台绩效评估机制，按照评估结果给予支持。",
        condition: Condition::All(&[
            is(Fact::InnovationPlatform, "在高新区内建设或运营创新平台", "builds or runs an innovation platform in the zone"),
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Discretionary(Text::words(
            "须所在高新区已建立创新平台绩效评估机制（原文为“鼓励高新区建立”），由高新区按评估结果决定是否支持、如何支持",
            "Only where the zone has set up a performance evaluation of innovation platforms (the text only encourages zones to), and the zone decides by its results whether and how to support",
        )),
        responsible: Some(RESPONSIBLE_12),
        reach: None,
        note: Some(Text::words(
            "支持以高新区建立评估机制为前提，并取决于评估结果，故为须他人决定。高校、科研院所建设的平台同样适用本句。",
            "Support presupposes that the zone sets up the evaluation and depends on its results, so someone else decides. Platforms built by universities and research institutes fall under the sentence too.",
        )),
    },
    // （十三）引培高端创新人才。
    Measure {
        id: "chongqing.foreign-talent-relaxed-limits",
        audiences: PERSON,
        title: Text::words("紧缺急需外籍人才放宽年龄、学历、工作经历限制", "Relaxed age, education and work-experience limits for urgently needed foreign talent"),
        benefit: Benefit::plain(
            BenefitKind::WorkPermit,
            "可按规定适当放宽年龄、学历、工作经历等限制",
            "age, education and work-experience limits may be relaxed as the rules allow",
        ),
        document: &DOCUMENT,
        clause: "（十三）",
        quote: "对高新区内企业聘请紧缺急需外籍人才，可按规定适当放宽年龄、学历、工作经历等限制。",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            is(
                Fact::UrgentlyNeededTalent,
                "被高新区内企业作为紧缺急需外籍人才聘请",
                "is hired by an enterprise in the zone as urgently needed foreign talent",
            ),
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Discretionary(Text::words(
            "是否放宽及放宽幅度由外国人来华工作管理部门按规定决定（“可按规定适当放宽”）",
            "Whether and how far the limits are relaxed is for the foreigners' work administration to decide under the rules (\u{201c}may be relaxed as the rules allow\u{201d})",
        )),
        responsible: Some(RESPONSIBLE_13),
        reach: None,
        note: Some(Text::words(
            "国家工作许可规定对B类人才本就有“确有需要的，可适当放宽年龄、学历或工作经历”的规定，全国适用；本句是重庆高新区企业的表述，不符合本条不等于不能按国家规定申请放宽。",
            "The national work-permit rules already let class-B limits on age, degree or experience be relaxed where truly needed, everywhere; this sentence is for Chongqing zone enterprises, and not meeting it does not rule out asking for that relaxation under the national rules.",
        )),
    },
    Measure {
        id: "chongqing.permanent-residence",
        audiences: PERSON,
        title: Text::words("外籍高层次人才申请在华永久居留", "Permanent residence for foreign high-level talent"),
        benefit: Benefit::plain(
            BenefitKind::PermanentResidence,
            "可向公安机关出入境部门申请在华永久居留，配偶和未成年子女可随同申请",
            "may apply to the exit-entry administration for permanent residence in China; spouse and minor children may apply with them",
        ),
        document: &DOCUMENT,
        clause: "（十三）",
        quote: "支持高新区内符合条件的外籍高层次人才可向公安机关出入境部门申请在华永久居留，配偶和未成年子女可随同申请。",
        condition: Condition::All(&[
            FOREIGN_NATIONAL,
            is(Fact::HighLevelTalent, "符合外籍高层次人才条件", "meets the conditions for foreign high-level talent"),
        ]),
        nature: Nature::Restated(RULE_PERMANENT_RESIDENCE),
        responsible: Some(RESPONSIBLE_EXIT_ENTRY),
        reach: None,
        note: Some(Text::words(
            "本句没有新设渠道、推荐或放宽条件：符合条件的外籍高层次人才本就可以按《出境入境管理法》第四十七条和永久居留审批办法申请，配偶和未成年子女可随同申请，在哪里工作都一样。故按重申的全国规定处理，不以高新区为条件，结果仅供参考；是否“符合条件”和是否批准由公安机关出入境管理部门决定。",
            "The sentence adds no channel, recommendation or relaxed condition: foreign high-level talent who meet the conditions may already apply under art. 47 of the Exit and Entry Administration Law and the permanent-residence rules, with spouse and minor children, wherever they work. So it is read as a restated national rule, with no zone condition, and the result is for information; whether the conditions are met, and the decision, are for the exit-entry administration.",
        )),
    },
    Measure {
        id: "chongqing.doctoral-fast-track",
        audiences: PERSON,
        title: Text::words("博士“直通车”科研项目放宽申请条件", "Relaxed conditions for doctoral \u{201c}through-train\u{201d} research projects"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "申请博士“直通车”科研项目可适当放宽条件",
            "conditions for applying to a doctoral \u{201c}through-train\u{201d} research project may be relaxed",
        ),
        document: &DOCUMENT,
        clause: "（十三）",
        quote: QUOTE_13_DOCTORAL,
        condition: Condition::All(&[TECH_PERSONNEL, IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Discretionary(Text::words(
            "是否放宽、放宽多少由项目管理部门决定（“可适当放宽”）",
            "Whether and how far the conditions are relaxed is for the project authority to decide (\u{201c}may be relaxed\u{201d})",
        )),
        responsible: Some(RESPONSIBLE_13),
        reach: None,
        note: Some(Text::words(
            "原文为“高新区内科研人员”，包括在高新区内企业、高校和科研院所工作的科研人员。博士“直通车”项目面向博士，学位本工具不作判断。",
            "The text says \u{201c}researchers in the zone\u{201d}: those working in the zone at enterprises as much as at universities and institutes. The through-train projects are for doctorate holders; the degree is not checked here.",
        )),
    },
    // （十四）加强关键技术攻关。
    Measure {
        id: "chongqing.rd-programme-zone-share",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words(
            "高新区单位承担国家、市、区县研发计划项目（市、区县两级计划资金不低于50%用于高新区）",
            "Zone organisations taking on national, municipal and district R&D programme projects (at least 50% of municipal and district programme funds for the zones)",
        ),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "支持承担国家、市级和区县研发计划项目；市、区县两级研发计划项目资金总量不低于50%用于高新区",
            "support in taking on national, municipal and district R&D programme projects; at least 50% of all municipal and district R&D programme funds go to the zones",
        ),
        document: &DOCUMENT,
        clause: "（十四）",
        quote: "支持高新区内相关单位承担国家、市级和区县研发计划项目，市、区县两级研发计划项目资金总量不低于50%用于高新区加强基础前沿技术研究、关键核心技术攻关和市场化应用，推动技术创新、标准化、知识产权和产业化深度融合。",
        condition: Condition::All(&[IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Discretionary(Text::words(
            "项目仍按各研发计划的指南申报、评审立项，由计划主管部门决定",
            "Each project is still applied for, reviewed and chosen under its R&D programme's call; the programme's authority decides",
        )),
        responsible: Some(RESPONSIBLE_14),
        reach: None,
        note: Some(Text::words(
            "50%是市、区县两级研发计划资金总量中用于高新区的下限，说明高新区内的企业和单位在这些计划中机会更多；它不是任何一个单位可得的份额或金额。",
            "The 50% is a floor on the share of all municipal and district R&D programme funds that goes to the zones: zone enterprises and organisations have more chances in these programmes. It is not a share or sum any one of them can claim.",
        )),
    },
    // （十五）加快成果转移转化。
    Measure {
        id: "chongqing.first-set-policy",
        audiences: ENTERPRISE,
        title: Text::words("创新产品“首台套”政策", "First-of-its-kind (首台套) policy for innovative products"),
        benefit: Benefit::plain(
            BenefitKind::Subsidy,
            "经认定后按创新产品“首台套”政策获得相应支持",
            "once recognised, the support of the first-of-its-kind innovative-product policy",
        ),
        document: &DOCUMENT,
        clause: "（十五）",
        quote: "支持高新区创建国家科技成果转移转化示范区，设立科技成果转化基金，落实创新产品“首台套”政策，推动重大科技成果在高新区落地转化，实现产品化、产业化。",
        condition: Condition::All(&[
            Condition::Any(&[
                FIRST_SET_EQUIPMENT,
                is(
                    Fact::FirstSetInnovativeProduct,
                    "有拟按“首台套”政策认定的其他创新产品",
                    "has other innovative products to be recognised under the first-of-its-kind policy",
                ),
            ]),
            IN_CHONGQING,
        ]),
        nature: Nature::Discretionary(Text::words(
            "产品须经主管部门按“首台套”政策认定，支持标准按该政策的办法确定",
            "The product must be recognised by the authorities under the first-of-its-kind policy, whose rules set the support",
        )),
        responsible: Some(RESPONSIBLE_15),
        reach: Some(Text::words(
            "“首台套”是重庆市的认定政策，面向在重庆市注册的企业，不限于高新区；本句只是要求高新区落实好。",
            "First-of-its-kind recognition is Chongqing's municipal policy, open to enterprises registered in Chongqing, not only in the zones; the sentence only tells the zones to apply it well.",
        )),
        note: Some(Text::words(
            "原文只要求高新区“落实”重庆市的“首台套”政策，并未把它限于高新区，故只要求位于重庆市；能否获得支持取决于首台（套）认定，认定和支持标准按该政策自身的办法执行。",
            "The text only tells zones to apply Chongqing's first-of-its-kind policy and does not confine it to them, so only being in Chongqing is tested; support depends on recognition as first-of-its-kind, and recognition and support follow that policy's own rules.",
        )),
    },
    Measure {
        id: "chongqing.transfer-subsidy-transferor",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("科技成果转化经费补助（出让方）", "Funding subsidy for achievement transfer (transferor)"),
        benefit: Benefit::plain(
            BenefitKind::Subsidy,
            "由高新区给予出让方经费补助",
            "the zone gives the transferor a funding subsidy",
        ),
        document: &DOCUMENT,
        clause: "（十五）",
        quote: QUOTE_15_TRANSFER,
        condition: Condition::All(&[
            test(
                Check::OneOf(Fact::AchievementTransferRole, &["transferor"]),
                "是在高新区内转化实现产业化的科技成果的出让方",
                "is the transferor of an S&T achievement industrialised in the zone",
            ),
            INDUSTRIALISED_IN_A_CHONGQING_ZONE,
        ]),
        nature: Nature::Discretionary(APPROVAL_TRANSFER),
        responsible: Some(RESPONSIBLE_15),
        reach: None,
        note: Some(NOTE_TRANSFER),
    },
    Measure {
        id: "chongqing.transfer-subsidy-transferee",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("科技成果转化经费补助（受让方）", "Funding subsidy for achievement transfer (transferee)"),
        benefit: Benefit::plain(
            BenefitKind::Subsidy,
            "由高新区给予受让方经费补助",
            "the zone gives the transferee a funding subsidy",
        ),
        document: &DOCUMENT,
        clause: "（十五）",
        quote: QUOTE_15_TRANSFER,
        condition: Condition::All(&[
            test(
                Check::OneOf(Fact::AchievementTransferRole, &["transferee"]),
                "是在高新区内转化实现产业化的科技成果的受让方",
                "is the transferee of an S&T achievement industrialised in the zone",
            ),
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Discretionary(APPROVAL_TRANSFER),
        responsible: Some(RESPONSIBLE_15),
        reach: None,
        note: Some(NOTE_TRANSFER),
    },
    Measure {
        id: "chongqing.transfer-subsidy-service-agency",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("科技成果转化经费补助（转化服务机构）", "Funding subsidy for achievement transfer (service agency)"),
        benefit: Benefit::plain(
            BenefitKind::Subsidy,
            "由高新区给予转化服务机构经费补助",
            "the zone gives the transfer service agency a funding subsidy",
        ),
        document: &DOCUMENT,
        clause: "（十五）",
        quote: QUOTE_15_TRANSFER,
        condition: Condition::All(&[
            test(
                Check::OneOf(Fact::AchievementTransferRole, &["serviceAgency"]),
                "是在高新区内转化实现产业化的科技成果的转化服务机构",
                "is the service agency for an S&T achievement industrialised in the zone",
            ),
            INDUSTRIALISED_IN_A_CHONGQING_ZONE,
        ]),
        nature: Nature::Discretionary(APPROVAL_TRANSFER),
        responsible: Some(RESPONSIBLE_15),
        reach: None,
        note: Some(NOTE_TRANSFER),
    },
    // （二十一）提升金融服务水平。
    Measure {
        id: "chongqing.tech-enterprise-credit-loan",
        audiences: ENTERPRISE,
        title: Text::words("科技型企业知识价值信用贷款", "Knowledge-value credit loans for technology enterprises"),
        benefit: Benefit::plain(
            BenefitKind::Loan,
            "鼓励金融机构加大对高新区科技型企业知识价值信用贷款力度，支持高新区建立风险补偿“资金池”（政策方向）",
            "financial institutions are encouraged to lend more on knowledge value to zone tech enterprises, and zones are supported in setting up a risk-compensation pool (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（二十一）",
        quote: "支持高新区建立风险补偿“资金池”，鼓励金融机构加大对高新区科技型企业知识价值信用贷款力度。",
        condition: Condition::All(&[TECH_ENTERPRISE, IN_CHONGQING, IN_A_CHONGQING_ZONE_LEVEL]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE_21),
        reach: None,
        note: Some(Text::words(
            "“鼓励金融机构加大……力度”是对金融机构的政策方向，企业不能据此主张贷款；资金池要由高新区建立，故仅供参考。",
            "\u{201c}Encourage lenders to lend more\u{201d} is a direction to lenders, which gives the enterprise no claim to a loan, and the pool is for zones to set up, so it is for information.",
        )),
    },
    // （二十四）加大发展投入。
    Measure {
        id: "chongqing.special-bond-priority",
        audiences: ENTERPRISE,
        title: Text::words("重大项目优先获得政府专项债券支持", "Priority for major projects in government special-purpose bonds"),
        benefit: Benefit::plain(
            BenefitKind::Financing,
            "符合政府专项债券发行条件的重大项目优先获得支持",
            "priority in support for major projects that meet the conditions for government special-purpose bonds",
        ),
        document: &DOCUMENT,
        clause: "（二十四）",
        quote: "优先支持高新区内符合政府专项债券发行条件的重大项目。",
        condition: Condition::All(&[
            is(
                Fact::SpecialBondProject,
                "在高新区内有符合政府专项债券发行条件的重大项目",
                "has a major project in the zone that meets the conditions for government special-purpose bonds",
            ),
            IN_CHONGQING,
            IN_A_CHONGQING_ZONE_LEVEL,
        ]),
        nature: Nature::Discretionary(Text::words(
            "专项债券由政府按发行条件审核、安排，“优先支持”只是排序在前",
            "Special-purpose bonds are reviewed and allocated by the government under their own conditions; \u{201c}priority\u{201d} only puts the project first in line",
        )),
        responsible: Some(RESPONSIBLE_24),
        reach: None,
        note: Some(Text::words(
            "“优先支持”不保证获得债券资金；是否“符合政府专项债券发行条件”也由财政等部门认定。",
            "\u{201c}Priority\u{201d} does not ensure bond funding, and whether a project \u{201c}meets the conditions for special-purpose bonds\u{201d} is for the finance authorities to decide.",
        )),
    },
]);
