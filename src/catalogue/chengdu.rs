//! 四川省人民政府关于加快推进成都国家自主创新示范区建设的实施意见.
//!
//! Applies to the Chengdu national independent innovation demonstration zone,
//! “一区四园一城一镇” (clause (十一)): the Chengdu High-tech Zone with its
//! four parks (zone id `chengdu`), Chengdu Science City and Jingrong Town
//! ([`crate::engine::zone::CHENGDU_DEMONSTRATION_ZONE`]).
//! Source text: `sources/003_e1c82c5e15ec283a.txt`; the document carries no
//! number or date (its targets are for 2020 and 2025).
//!
//! Not encoded: （十四）“落实好向全国推广的中关村10条先行先试政策”. The
//! sentence names a package of national pilot policies whose beneficiaries
//! and criteria are set by the national instruments, not by this text; a
//! measure built from it could say nothing to a user but the sentence.

use super::national::{NOTE_IP_PLEDGE, NOTE_RESTATED_TAX};
use super::parties::*;
use super::{
    is, test, FOREIGN_NATIONAL, HIGH_GROWTH, INNOVATION_PLATFORM, IN_SICHUAN, OWNS_IP, RESEARCHER,
    UNIVERSITY_OR_INSTITUTE, VENTURE_CAPITAL_ENTERPRISE,
};
use crate::engine::condition::{Check, Condition};
use crate::engine::fact::Fact;
use crate::engine::measure::{Benefit, BenefitKind, Document, DocumentStatus, Jurisdiction, Measure, Nature};
use crate::engine::text::Text;
use crate::engine::zone::CHENGDU_DEMONSTRATION_ZONE;

pub(super) const DOCUMENT: Document = Document {
    jurisdiction: Jurisdiction::Chengdu,
    file: "003_e1c82c5e15ec283a.txt",
    title: Text::words(
        "四川省人民政府关于加快推进成都国家自主创新示范区建设的实施意见",
        "Implementing Opinions of the Sichuan Provincial Government on Accelerating the Chengdu National Independent Innovation Demonstration Zone",
    ),
    issuer: Text::words("四川省人民政府", "Sichuan Provincial People's Government"),
    number: None,
    issued: None,
    published: None,
    target_year: Some(2025),
    vision_year: None,
    status: DocumentStatus::InForce,
    note: Text::words(
        "文本未载明文号和印发日期，目标年份为2020年和2025年。",
        "The text gives no number and no date of issue; its targets are for 2020 and 2025.",
    ),
};

const RESPONSIBLE: Text = Text::words(
    "成都市人民政府（示范区建设主体责任）",
    "Chengdu Municipal People's Government (responsible for building the zone)",
);

/// The demonstration zone is “一区四园一城一镇” (clause (十一)): the Chengdu
/// High-tech Zone, Chengdu Science City or Jingrong Town. The province test
/// lets a profile that only says "Chongqing" rule these measures out; the
/// level is not tested, since the science city and the town are parts of the
/// demonstration zone whatever their level.
const IN_THE_DEMONSTRATION_ZONE: Condition = Condition::All(&[IN_SICHUAN, IN_THE_DEMONSTRATION_ZONE_ITSELF]);

/// The zone test of [`IN_THE_DEMONSTRATION_ZONE`] without the province.
const IN_THE_DEMONSTRATION_ZONE_ITSELF: Condition = test(
    Check::OneOf(Fact::Zone, CHENGDU_DEMONSTRATION_ZONE),
    "位于成都国家自主创新示范区（成都高新区及其园区、成都科学城、菁蓉镇）",
    "located in the Chengdu demonstration zone (the Chengdu High-tech Zone and its parks, Chengdu Science City, Jingrong Town)",
);

const FUNDING_QUOTE: &str = "支持示范区开展科技金融创新，大力推进知识产权质押融资，探索建立科技金融众筹平台，落实国家支持天使投资税收优惠政策，创新国资创投管理机制，支持保险机构开展科技保险产品创新。";

pub(super) static MEASURES: &[Measure] = &super::lean([
    // （四）实施创业天府引领工程。
    Measure {
        id: "chengdu.ip-pledge-financing",
        audiences: ENTERPRISE,
        title: Text::words("知识产权质押融资（成都示范区）", "Intellectual-property pledge financing (Chengdu demonstration zone)"),
        benefit: Benefit::plain(BenefitKind::Financing, "示范区大力推进知识产权质押融资（政策方向）", "the demonstration zone is to push IP-pledge financing forward (a policy direction)"),
        document: &DOCUMENT,
        clause: "（四）",
        quote: FUNDING_QUOTE,
        condition: Condition::All(&[OWNS_IP, IN_THE_DEMONSTRATION_ZONE]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(NOTE_IP_PLEDGE),
    },
    Measure {
        id: "chengdu.angel-investment-tax",
        audiences: ENTERPRISE_OR_PERSON,
        title: Text::words("天使投资税收优惠", "Tax incentives for angel investment"),
        benefit: Benefit::plain(BenefitKind::TaxRelief, "国家支持天使投资的税收优惠政策（全国适用，按其自身条件）", "the national tax incentives for angel investment (nationwide, on their own conditions)"),
        document: &DOCUMENT,
        clause: "（四）",
        quote: FUNDING_QUOTE,
        condition: Condition::Any(&[
            is(
                Fact::AngelInvestor,
                "是天使投资个人，用现金直接投资初创科技型企业",
                "is an individual angel investor investing cash directly in start-up technology enterprises",
            ),
            VENTURE_CAPITAL_ENTERPRISE,
        ]),
        nature: Nature::Restated(Text::words(
            "创业投资企业和天使投资个人税收政策（财税〔2018〕55号，已在全国实施）：只适用于天使投资个人（自然人）和已按规定完成备案的公司制、合伙制创业投资企业，一般企业以“天使投资”方式投资不适用。以现金直接投资于初创科技型企业满2年的，可按投资额的70%抵扣应纳税所得额（个人抵扣转让该企业股权的应纳税所得额）；投资方须与被投资企业无关联，被投资企业须符合从业人数、资产或收入、设立年限和研发费用占比等条件。由投资方自行申报享受，税务部门管理。",
            "The tax rules for venture-capital enterprises and angel investors (Cai Shui [2018] 55, in force nationwide): only for individual angel investors (natural persons) and venture-capital enterprises, companies or partnerships, filed as the rules require; an ordinary enterprise making an \u{201c}angel\u{201d} investment does not qualify. 70% of a cash investment made directly in a start-up technology enterprise and held for 2 years may be offset against taxable income (for an individual, against the income from selling that stake); the investor must be unrelated to the investee, and the investee must meet limits on staff, assets or revenue, age and R&D share. The investor declares it; the tax authorities administer it.",
        )),
        responsible: Some(Text::words("税务部门", "Tax authorities")),
        reach: None,
        note: Some(NOTE_RESTATED_TAX),
    },
    Measure {
        id: "chengdu.venture-guidance-fund",
        audiences: ENTERPRISE,
        title: Text::words("创业投资引导资金阶段参股、跟进投资、风险补助", "Venture guidance fund: stage equity, follow-on investment and risk subsidies"),
        benefit: Benefit::plain(
            BenefitKind::Financing,
            "示范区设立的创业投资和产业发展引导资金以阶段参股、跟进投资、风险补助等方式支持创业投资",
            "the venture and industry guidance funds the zone sets up back venture capital through stage equity, follow-on investment and risk subsidies",
        ),
        document: &DOCUMENT,
        clause: "（四）",
        quote: "大力汇聚创业金融资源，支持示范区设立创业投资和产业发展引导资金，采取阶段参股、跟进投资、风险补助等多种方式，引导和发展创业投资，促进创新型经济发展。",
        condition: VENTURE_CAPITAL_ENTERPRISE,
        nature: Nature::Discretionary(Text::words(
            "须示范区已设立引导资金，由引导资金按其管理办法遴选合作的创业投资机构和项目",
            "Only once the zone has set up the guidance fund; the fund chooses the venture-capital firms and deals it backs under its own rules",
        )),
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "受益的是创业投资机构：引导资金参股其基金、跟投其项目或对其投资给予风险补助。资金要由示范区先设立，原文没有写明条件，故为须他人决定；引导资金通常要求投向示范区内的企业，本工具不问投资去向，以资金的管理办法为准。",
            "Those who benefit are venture-capital firms: the fund takes stakes in their funds, invests alongside them or subsidises their risk. The fund exists only once the zone sets it up, and the text states no terms, so someone else decides; such funds usually require investments in the zone's enterprises, which this tool does not ask: the fund's rules decide.",
        )),
    },
    // （五）实施创新蓉城示范工程。
    Measure {
        id: "chengdu.industry-academia-cooperation",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words(
            "支持示范区企业与在川高校、科研院所合作研发和成果转化",
            "Support for zone enterprises working with Sichuan universities and institutes on R&D and transfer",
        ),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "统筹各类资金支持产学研协同创新，支持示范区内企业与在川高校、科研院所合作科技研发、成果转化（政策方向）",
            "funds are to be pooled to support industry–academia collaboration, and zone enterprises in joint R&D and transfer with universities and institutes in Sichuan (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（五）",
        quote: "统筹用好用足各类资金，加大力度支持产学研协同创新。支持示范区内企业与在川高校、科研院所合作科技研发、成果转化。",
        // Both parties are in Sichuan: a zone enterprise, or a Sichuan
        // university or institute (written with the province test once, so
        // that the zone is not asked of a university it cannot matter to).
        condition: Condition::All(&[IN_SICHUAN, Condition::Any(&[IN_THE_DEMONSTRATION_ZONE_ITSELF, UNIVERSITY_OR_INSTITUTE])]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "“支持……合作”说明政策方向，没有写明可申请的资金或条件，故仅供参考；合作项目按各类资金自身的办法申报。两方都在句中：示范区内的企业，和在川（不限示范区）的高校、科研院所。",
            "\u{201c}Support … working together\u{201d} states a direction and names no fund or terms to apply under, so it is for information; joint projects are applied for under each fund's own rules. Both parties are in the sentence: enterprises in the demonstration zone, and universities and institutes anywhere in Sichuan.",
        )),
    },
    // （六）实施创智高新先导工程。
    Measure {
        id: "chengdu.entrepreneur-support",
        audiences: PERSON,
        title: Text::words("人才到示范区创业支持", "Support for talent starting a business in the demonstration zone"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "示范区以设立专项资金、建立众创空间等形式推动各类人才到示范区创业（政策方向）",
            "the zone is to draw entrepreneurs through dedicated funds, maker spaces and similar (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "示范区采取设立专项资金、建立众创空间等形式，加强高端人才及团队引进，重点推动年轻创业者、大企业高管及连续创业者、科技人员创业者、留学归国创业者等各类人才到示范区创业。",
        condition: Condition::All(&[
            is(Fact::StartupInZone, "在示范区内创新创业", "is starting a business in the demonstration zone"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "本句说明示范区将采用的工作方式（设立专项资金、建立众创空间），没有写明谁可以申请、按什么条件，故仅供参考；专项资金如已设立，按其自身的申报办法执行。",
            "The sentence describes how the zone will work (dedicated funds, maker spaces) and says neither who may apply nor on what terms, so it is for information; a fund, once set up, is applied for under its own rules.",
        )),
    },
    Measure {
        id: "chengdu.researcher-leave-startup",
        audiences: INSTITUTION_OR_PERSON,
        title: Text::words("科研人员在职或离岗创业", "Researchers starting a business while keeping or leaving their post"),
        benefit: Benefit::plain(
            BenefitKind::Entrepreneurship,
            "鼓励科研人员在职或离岗创业（政策方向）",
            "researchers are encouraged to start a business while keeping or leaving their post (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（六）",
        quote: "建立健全在川高等院校、科研院所与企业的人才双向流动机制，鼓励科研人员在职离岗创业，建立科技人员的利益激励、权益分配机制。",
        condition: Condition::All(&[Condition::Any(&[RESEARCHER, UNIVERSITY_OR_INSTITUTE]), IN_SICHUAN]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "“鼓励”说明政策方向；在职或离岗创业须经所在单位同意，按国家关于事业单位专业技术人员创新创业的规定（人社部规〔2017〕4号）和单位的办法执行，故仅供参考。本句说的是“在川”高等院校、科研院所与企业之间的人才流动：看的是科研人员所在的单位是否在四川，不限在示范区内创业。高校、科研院所要建立相应机制，故也列给单位。",
            "\u{201c}Encourage\u{201d} states a direction; keeping or leaving a post to start up needs the employer's consent under the national rules for public-institution professionals (Ren She Bu Gui [2017] 4) and the employer's own rules, so it is for information. The sentence is about talent moving between universities and institutes \u{201c}in Sichuan\u{201d} and enterprises: what is tested is whether the researcher's institution is in Sichuan, not where the start-up is. The universities and institutes are to build the mechanism, so it is listed for them too.",
        )),
    },
    // （七）实施创新主体培育工程。
    Measure {
        id: "chengdu.high-growth-sme-support",
        audiences: ENTERPRISE,
        title: Text::words("高成长型中小企业重点支持", "Priority support for selected high-growth SMEs"),
        benefit: Benefit::plain(BenefitKind::ProjectSupport, "每年遴选给予重点支持", "priority support for those selected each year"),
        document: &DOCUMENT,
        clause: "（七）",
        quote: "每年遴选一定数量的具有规模优势、创新潜力和发展后劲的高成长型中小企业给予重点支持，培育具有核心竞争力的科技领军企业，形成“顶天立地”的发展态势。",
        condition: Condition::All(&[
            HIGH_GROWTH,
            is(Fact::SmallOrMediumEnterprise, "是中小企业", "is a small or medium-sized enterprise"),
            IN_THE_DEMONSTRATION_ZONE,
        ]),
        nature: Nature::Discretionary(Text::words(
            "须在年度遴选中入选（看规模优势、创新潜力和发展后劲），支持内容由示范区确定",
            "Needs to be chosen in the yearly selection (on scale, innovation potential and growth prospects); the zone sets the support",
        )),
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "原文是“高成长型中小企业”，故大型企业不在其列。",
            "The text says high-growth small and medium-sized enterprises, so large enterprises are not covered.",
        )),
    },
    // （十四）探索政策先行先试。
    Measure {
        id: "chengdu.three-rights-reform",
        audiences: INSTITUTION_OR_PERSON,
        title: Text::words("科技成果使用权、处置权、收益权改革与技术入股、技术分红", "Reform of the rights to use, dispose of and profit from S&T results; technology equity and dividends"),
        benefit: Benefit::plain(
            BenefitKind::StaffReward,
            "示范区实施科技成果“三权”改革，建立和完善无形资产评估、技术入股、技术分红等制度（政策方向）",
            "the zone is to reform the rights to use, dispose of and profit from S&T results, and build valuation, technology-equity and technology-dividend systems (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十四）",
        quote: "实施科技成果使用权、处置权、收益权改革，建立和完善无形资产评估、技术入股、技术分红等制度，推进创新劳动同个人利益收入紧密对接。",
        condition: Condition::All(&[Condition::Any(&[UNIVERSITY_OR_INSTITUTE, RESEARCHER]), IN_THE_DEMONSTRATION_ZONE]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "本句说明示范区要推进的改革，没有写明单位或个人可直接享有的待遇，故仅供参考。高校、科研院所处置、转化科技成果和奖励科研人员的权利，全国已由《促进科技成果转化法》（2015年修订）规定，在哪里都适用。",
            "The sentence describes reforms the zone is to pursue and names nothing an institution or person can claim, so it is for information. The power of universities and institutes to dispose of and commercialise their results, and to reward their researchers, is already set nationwide by the Law on Promoting the Transformation of S&T Achievements (revised 2015).",
        )),
    },
    Measure {
        id: "chengdu.green-card",
        audiences: PERSON,
        title: Text::words("吸引国际高端人才的“绿卡”制度", "A \u{201c}green card\u{201d} system to attract international high-end talent"),
        benefit: Benefit::plain(
            BenefitKind::PermanentResidence,
            "支持建立有利于吸引国际高端人才的绿卡制度（政策方向）",
            "a green-card system that attracts international high-end talent is to be supported (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十四）",
        quote: "支持建立有利于吸引国际高端人才的绿卡制度。",
        condition: Condition::All(&[FOREIGN_NATIONAL, IN_THE_DEMONSTRATION_ZONE]),
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "本句支持建立制度，没有给个人任何可申请的待遇，故仅供参考。在华永久居留（俗称“绿卡”）按《出境入境管理法》第四十七条和永久居留审批办法由公安机关出入境管理部门审批，全国适用。",
            "The sentence supports setting up a system and gives no person anything to apply for, so it is for information. Permanent residence in China (the \u{201c}green card\u{201d}) is granted by the exit-entry administration under art. 47 of the Exit and Entry Administration Law and the permanent-residence rules, nationwide.",
        )),
    },
    // （十五）推进园区管理体制改革。
    Measure {
        id: "chengdu.government-funding-forms",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("前资助、后补助、股权投资、贷款贴息支持创新能力建设", "Advance funding, ex-post subsidies, equity and loan-interest subsidies for innovation capacity"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "政府资金采取前资助、后补助、股权投资、贷款贴息等方式支持示范区创新能力建设（政策方向）",
            "public funds are to support the zone's innovation capacity through advance funding, ex-post subsidies, equity and loan-interest subsidies (a policy direction)",
        ),
        document: &DOCUMENT,
        clause: "（十五）",
        quote: "改革政府资金扶持产业发展方式，采取前资助、后补助、股权投资、贷款贴息等方式，支持示范区创新能力建设，促进创新型经济加快成长。",
        condition: IN_THE_DEMONSTRATION_ZONE,
        nature: Nature::Direction,
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "本句改革的是政府资金的支持方式，没有写明谁可以申请、按什么条件，故仅供参考；具体的资助、补助、投资和贴息按各项资金的办法申请。",
            "The sentence reforms how public money supports industry and says neither who may apply nor on what terms, so it is for information; each grant, subsidy, investment or interest subsidy is applied for under its own fund's rules.",
        )),
    },
    // （十七）加大支持力度。
    Measure {
        id: "chengdu.construction-fund-platforms",
        audiences: ENTERPRISE_OR_INSTITUTION,
        title: Text::words("示范区建设发展资金支持创新载体、技术平台建设", "The demonstration zone's development fund for innovation carriers and technology platforms"),
        benefit: Benefit::plain(
            BenefitKind::ProjectSupport,
            "设立示范区建设发展资金，加大对创新载体、技术平台等公共设施建设的支持",
            "a development fund for the zone, with more support for building innovation carriers, technology platforms and other public facilities",
        ),
        document: &DOCUMENT,
        clause: "（十七）",
        quote: "设立成都国家自主创新示范区建设发展资金，加大对示范区创新载体、技术平台等公共设施建设的支持力度。",
        condition: Condition::All(&[INNOVATION_PLATFORM, IN_THE_DEMONSTRATION_ZONE]),
        nature: Nature::Discretionary(Text::words(
            "须建设发展资金已设立，按其管理办法申报，由资金管理部门审核决定",
            "Only once the development fund is set up, applied for under its rules; the fund's managers decide",
        )),
        responsible: Some(RESPONSIBLE),
        reach: None,
        note: Some(Text::words(
            "受益的是建设、运营创新载体和技术平台的企业和单位；资金要先设立，支持方式和额度原文未写明，故为须他人决定。",
            "Those who benefit are the enterprises and organisations that build and run innovation carriers and technology platforms; the fund must first be set up, and the text gives neither form nor amount, so someone else decides.",
        )),
    },
]);
