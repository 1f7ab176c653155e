//! Columns: what each header of a spreadsheet is taken to mean.
//!
//! A header is matched to a [`Target`] (a fact, `birthDate`, or the
//! enterprise's name or credit code) by its words after folding full-width
//! forms, case, spaces, punctuation, a leading 是否/所在/所属 and a year
//! ("2023年营业收入"). A unit in brackets scales a money column
//! (营业收入（万元）: × 10,000) and keeps a percentage column off money
//! facts. Every mapping can be changed by the caller ([`Columns::set`]).

use super::cell::{name_key, normalise, MoneyUnit};
use crate::engine::fact::{Fact, FactKind};
use crate::engine::text::Text;

/// What a column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Fact(Fact),
    /// `birthDate`, which the profile turns into `age`.
    BirthDate,
    /// `@name`: the enterprise's name, carried to the results, not a fact.
    Name,
    /// `@code`: the unified social credit code, carried likewise (and
    /// checked: its check digit, and rows that repeat it).
    Code,
    /// `@certificate`: the high-tech enterprise certificate's number,
    /// carried; alone it proves nothing (a certificate expires).
    Certificate,
    /// `highTechCertificateExpiry`: the date the high-tech enterprise
    /// certificate is valid until. `highTechEnterprise` is then true only
    /// when the certificate is valid on the check date.
    CertificateExpiry,
    /// `qualifications`: one cell naming several of the enterprise's
    /// qualifications ("高新技术企业、科技型中小企业"); each one named that is a
    /// fact here is yes ([`super::cell::read_qualifications`]).
    Qualifications,
}

impl Target {
    /// Every target, in the order `batchFacts()` lists them.
    pub fn all() -> impl Iterator<Item = Target> {
        [Target::Name, Target::Code, Target::Certificate, Target::Qualifications].into_iter().chain(
            Fact::ALL.into_iter().flat_map(|fact| {
                let after = match fact {
                    Fact::Age => Some(Target::BirthDate),
                    Fact::HighTechEnterprise => Some(Target::CertificateExpiry),
                    _ => None,
                };
                std::iter::once(Target::Fact(fact)).chain(after)
            }),
        )
    }

    /// The name callers use: the fact's, `birthDate`, `@name`, `@code`.
    pub fn name(self) -> &'static str {
        match self {
            Target::Fact(fact) => fact.name(),
            Target::BirthDate => "birthDate",
            Target::Name => "@name",
            Target::Code => "@code",
            Target::Certificate => "@certificate",
            Target::CertificateExpiry => "highTechCertificateExpiry",
            Target::Qualifications => "qualifications",
        }
    }

    pub fn from_name(name: &str) -> Option<Target> {
        Target::all().find(|target| target.name() == name)
    }

    /// A label for the mapping screen.
    pub fn label(self) -> Text {
        match self {
            Target::Fact(fact) => fact.question(),
            Target::BirthDate => Text { zh: "出生日期", en: "Birth date" },
            Target::Name => Text { zh: "企业名称", en: "Enterprise name" },
            Target::Code => Text { zh: "统一社会信用代码", en: "Unified social credit code" },
            Target::Certificate => {
                Text { zh: "高新技术企业证书编号", en: "High-tech enterprise certificate number" }
            }
            Target::CertificateExpiry => Text {
                zh: "高新技术企业证书有效期至（到期则不再是高新技术企业）",
                en: "High-tech enterprise certificate valid until (expired: no longer one)",
            },
            Target::Qualifications => Text {
                zh: "企业资质（一格列出几项，如“高新技术企业、科技型中小企业”）",
                en: "Qualifications (several in one cell, e.g. 高新技术企业、科技型中小企业)",
            },
        }
    }

    /// The usual headers for this target, besides its own name.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Target::Name => &[
                "企业名称",
                "企业全称",
                "公司名称",
                "单位名称",
                "机构名称",
                "纳税人名称",
                "申报单位",
                "企业",
                "名称",
                "姓名",
                "name",
                "enterprise",
                "enterprise name",
                "company",
                "company name",
            ],
            Target::Code => &[
                "统一社会信用代码",
                "社会统一信用代码",
                "社会信用代码",
                "信用代码",
                "统一代码",
                "组织机构代码",
                "纳税人识别号",
                "税号",
                "credit code",
                "unified social credit code",
                "uscc",
            ],
            Target::BirthDate => &["出生日期", "出生年月日", "生日", "birth date", "date of birth", "dob"],
            Target::Certificate => &[
                "高企证书编号",
                "高企证书号",
                "高新技术企业证书编号",
                "高新技术企业证书号",
                "高新证书编号",
                "高企编号",
                "证书编号",
                "证书号",
                "certificate number",
                "certificate no",
            ],
            Target::CertificateExpiry => &[
                "高企证书有效期至",
                "高企证书有效期",
                "高企证书到期日",
                "高企有效期至",
                "高企有效期",
                "高新技术企业证书有效期至",
                "高新技术企业证书有效期",
                "高新技术企业有效期至",
                "高新技术企业有效期",
                "高新证书有效期至",
                "高新证书有效期",
                "证书有效期至",
                "证书有效期",
                "证书到期日",
                "证书到期时间",
                "证书截止日期",
                "高企证书到期时间",
                "高企到期时间",
                "高企到期日",
                "高新技术企业证书到期时间",
                "高新技术企业证书到期日",
                "高新技术企业到期时间",
                "有效期截止",
                "有效截止日期",
                "有效期至",
                "有效期",
                "certificate valid until",
                "certificate expiry",
                "valid until",
            ],
            Target::Qualifications => &[
                "企业资质",
                "资质",
                "资质情况",
                "企业资质情况",
                "资质类型",
                "资质类别",
                "企业资质类型",
                "资质认定",
                "资质认定情况",
                "认定情况",
                "企业认定情况",
                "已获资质",
                "企业称号",
                "荣誉资质",
                "资质荣誉",
                "企业资质荣誉",
                "企业荣誉",
                "科技企业类别",
                "科技企业类型",
                "企业标签",
                "qualifications",
                "qualification",
            ],
            Target::Fact(fact) => fact_synonyms(fact),
        }
    }
}

/// The usual headers of each fact, besides its own name. A fact not listed
/// here (a new one) is still found by its name.
const FACT_SYNONYMS: &[(Fact, &[&str])] = &[
    (
        Fact::Province,
        &[
            "省份",
            "省",
            "省市",
            "省（市）",
            "所在地区",
            "province",
            "注册地址",
            "企业注册地址",
            "注册地",
            "住所",
            "企业住所",
            "registered address",
        ],
    ),
    (Fact::ZoneLevel, &["高新区级别", "园区级别", "高新区类别", "高新区层级", "zone level"]),
    (
        Fact::Zone,
        &[
            "高新区",
            "园区",
            "高新区名称",
            "园区名称",
            "所在高新区",
            "所在园区",
            "片区",
            "功能区",
            "产业园",
            "zone",
            "park",
            "high-tech zone",
        ],
    ),
    (
        Fact::HighTechEnterprise,
        &[
            "高新技术企业",
            "高新企业",
            "国家高新技术企业",
            "高企",
            "国高",
            "高新技术企业认定",
            "高新技术企业认定情况",
            "高企认定",
            "高企认定情况",
            "high-tech enterprise",
            "hnte",
        ],
    ),
    (
        Fact::AboveDesignatedSize,
        &[
            "规上",
            "规上企业",
            "规模以上",
            "规模以上企业",
            "规上工业",
            "规模以上工业企业",
            "规上规下",
            "above designated size",
        ],
    ),
    (
        Fact::TechSme,
        &[
            "科技型中小企业",
            "入库科技型中小企业",
            "科技型中小企业入库",
            "科技型中小企业评价",
            "科技型中小企业评价入库",
            "科技型中小企业入库情况",
            "科小",
            "科小入库",
            "科小入库情况",
            "tech sme",
        ],
    ),
    (Fact::TechEnterprise, &["科技型企业", "tech enterprise", "technology enterprise"]),
    (Fact::SmallMicroEnterprise, &["小微企业", "小型微利企业", "small micro enterprise"]),
    (
        Fact::SmallOrMediumEnterprise,
        &[
            "中小企业",
            "企业规模",
            "企业规模类型",
            "规模类型",
            "企业划型",
            "企业规模划型",
            "small or medium enterprise",
            "sme",
            "enterprise size",
        ],
    ),
    (Fact::HighGrowthEnterprise, &["高成长企业", "瞪羚企业", "high growth enterprise", "gazelle"]),
    (
        Fact::RevenueYuan,
        &[
            "营业收入",
            "营收",
            "主营业务收入",
            "销售收入",
            "年营业收入",
            "营业总收入",
            "营业收入总额",
            "销售额",
            "年销售额",
            "revenue",
            "operating revenue",
            "revenue yuan",
        ],
    ),
    (
        Fact::RdExpenseYuan,
        &[
            "研发投入",
            "研发费用",
            "研发经费",
            "研发支出",
            "研发经费支出",
            "内部研发投入",
            "研发费用总额",
            "研发费用合计",
            "研究开发费用",
            "研发投入额",
            "研发经费投入",
            "r&d经费",
            "r&d经费支出",
            "r&d支出",
            "r&d投入",
            "r&d expense",
            "r&d expenditure",
            "rd expense",
            "rd expense yuan",
        ],
    ),
    (Fact::CommissionedRd, &["委托研发", "委托外部研发", "commissioned r&d", "commissioned rd"]),
    (
        Fact::ListedOnStarMarket,
        &[
            "在科创板上市",
            "科创板上市",
            "上市情况",
            "上市状态",
            "上市板块",
            "科创板",
            "科创板上市企业",
            "listed on star market",
            "star market",
            "star market listed",
        ],
    ),
    (
        Fact::MajorAchievementProject,
        &["重大科技成果项目", "重大科技成果转化项目", "引进转化重大科技成果项目", "major achievement project"],
    ),
    (Fact::AchievementTransferRole, &["成果转化角色", "科技成果转化角色", "achievement transfer role"]),
    (
        Fact::OwnsIntellectualProperty,
        &["拥有知识产权", "知识产权", "owns intellectual property", "intellectual property"],
    ),
    (
        Fact::FirstSetEquipment,
        &["首台套", "首台（套）", "首台套重大技术装备", "生产首台套重大技术装备", "first set equipment"],
    ),
    (Fact::FirstSetInnovativeProduct, &["首版次首批次", "首版次软件", "首批次新材料", "first set innovative product"]),
    (Fact::TechContractSeller, &["技术合同卖方", "技术合同登记", "tech contract seller"]),
    (Fact::AngelInvestor, &["天使投资", "天使投资人", "angel investor"]),
    (Fact::NationalLabCandidate, &["国家重点实验室", "国家重点实验室候选", "national lab candidate"]),
    (Fact::StateOwnedVentureCapital, &["国有创业投资企业", "国有创投", "state owned venture capital"]),
    (Fact::HighTechIndustryProject, &["高新技术产业项目", "high tech industry project"]),
    (Fact::MajorProject, &["重大项目", "重大产业项目", "major project"]),
    (
        Fact::NewIndustryOrIncubator,
        &["新产业新业态", "创新创业载体", "孵化器", "众创空间", "new industry or incubator"],
    ),
    (
        Fact::ZoneDevelopmentEntity,
        &["开发建设主体", "高新区开发建设主体", "园区开发建设主体", "zone development entity"],
    ),
    (Fact::InnovationPlatform, &["创新平台", "科技创新平台", "innovation platform"]),
    (
        Fact::SpecialBondProject,
        &["专项债券项目", "专项债项目", "符合专项债券发行条件的重大项目", "special bond project"],
    ),
    (Fact::ForeignNational, &["外籍", "外国国籍", "外籍人员", "foreign national", "foreigner"]),
    (Fact::Age, &["年龄", "周岁", "age"]),
    (Fact::HighEndTalent, &["境外高端人才", "高端人才", "high end talent"]),
    (Fact::WorksInChina, &["在华工作", "works in china"]),
    (Fact::WorksInZoneEnterprise, &["在高新区企业工作", "works in zone enterprise"]),
    (Fact::InvitedByZoneEnterprise, &["受高新区企业邀请", "invited by zone enterprise"]),
    (Fact::UrgentlyNeededTalent, &["紧缺急需外籍人才", "紧缺急需人才", "urgently needed talent"]),
    (Fact::HighLevelTalent, &["外籍高层次人才", "高层次人才", "high level talent"]),
    (Fact::Graduation, &["学历", "学历类别", "毕业院校类别", "graduation"]),
    (Fact::StartupInZone, &["在高新区创新创业", "创新创业", "startup in zone"]),
    (Fact::TechPersonnel, &["科技人员", "tech personnel"]),
    (Fact::Researcher, &["科研人员", "researcher"]),
    (Fact::PublicSectorStaffInZone, &["高新区管理机构人员", "public sector staff in zone"]),
    (
        Fact::PublicInstitutionServiceOrg,
        &["科技服务事业单位", "事业单位科技服务机构", "提供科技服务的事业单位", "public institution service org"],
    ),
    (Fact::TechIncomeYuan, &["科技收入", "科技服务收入", "tech income", "tech income yuan"]),
];

fn fact_synonyms(fact: Fact) -> &'static [&'static str] {
    FACT_SYNONYMS.iter().find(|(listed, _)| *listed == fact).map_or(&[], |(_, synonyms)| synonyms)
}

/// The facts a qualifications cell can name, each by its usual headers
/// ("高新技术企业", "国高", "科小", "瞪羚企业", "规上企业").
const QUALIFICATION_FACTS: [Fact; 5] = [
    Fact::HighTechEnterprise,
    Fact::TechSme,
    Fact::HighGrowthEnterprise,
    Fact::AboveDesignatedSize,
    Fact::TechEnterprise,
];

/// The fact one qualification of a list names, by the whole of its words
/// (after 已, 国家级, 省级, 市级): "专精特新中小企业" or "高企培育库" names none.
pub fn qualification_fact(item: &str) -> Option<Fact> {
    let key = name_key(item);
    let mut keys = vec![key.clone()];
    for prefix in ["已认定", "已入库", "已", "国家级", "省级", "市级", "区级"] {
        if let Some(rest) = key.strip_prefix(prefix).filter(|rest| !rest.is_empty()) {
            keys.push(rest.to_owned());
        }
    }
    QUALIFICATION_FACTS.into_iter().find(|fact| keys.iter().any(|key| rank_of(Target::Fact(*fact), key).is_some()))
}

/// What a header's brackets say about its values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderUnit {
    Money(MoneyUnit),
    Percent,
}

/// A unit word, as [`name_key`] leaves it.
fn unit_of(key: &str) -> Option<HeaderUnit> {
    let key = key.strip_prefix("单位").unwrap_or(key);
    let money = match key {
        "元" | "人民币元" | "yuan" | "cny" | "rmb" => MoneyUnit::Yuan,
        "千元" | "thousandyuan" | "kyuan" => MoneyUnit::ThousandYuan,
        "万元" | "万" | "10kyuan" | "10thousandyuan" | "tenthousandyuan" => MoneyUnit::TenThousandYuan,
        "百万元" | "millionyuan" | "myuan" => MoneyUnit::MillionYuan,
        "亿元" | "亿" | "100millionyuan" | "hundredmillionyuan" => MoneyUnit::HundredMillionYuan,
        "%" | "百分比" | "percent" => return Some(HeaderUnit::Percent),
        _ => return None,
    };
    Some(HeaderUnit::Money(money))
}

/// A header split into its words (as a [`name_key`]) and the unit its
/// brackets or its last words give.
fn split_header(header: &str) -> (String, Option<HeaderUnit>) {
    let text = normalise(header);
    let mut unit = None;
    let mut depth = 0u32;
    let mut inside = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' | '（' | '【' | '〔' => {
                depth += 1;
                inside.clear();
            }
            ')' | ']' | '）' | '】' | '〕' => {
                depth = depth.saturating_sub(1);
                // "%" is not alphanumeric: name_key would drop it.
                let found = if inside.trim() == "%" { Some(HeaderUnit::Percent) } else { unit_of(&name_key(&inside)) };
                unit = unit.or(found);
            }
            c if depth > 0 => inside.push(c),
            _ => {}
        }
    }
    let mut key = name_key(&text);
    if unit.is_none() {
        // "营业收入/万元", "营业收入 万元": a unit as the header's last word.
        for word in ["百万元", "千元", "万元", "亿元", "元"] {
            if let Some(rest) = key.strip_suffix(word).filter(|rest| !rest.is_empty()) {
                unit = unit_of(word);
                key = rest.to_owned();
                break;
            }
        }
        if text.ends_with('%') {
            unit = Some(HeaderUnit::Percent);
        }
    }
    (key, unit)
}

/// The ways of reading a header's key: as it is, and without the words
/// that only frame it (是否, 所在, a year).
fn key_variants(key: &str) -> Vec<String> {
    const PREFIXES: &[&str] = &[
        "是否为",
        "是否",
        "所在",
        "所属",
        "上一年度",
        "上年度",
        "上一年",
        "上年",
        "本年度",
        "年度",
        "最近一年",
        "近一年",
        "去年",
        "is",
    ];
    let mut variants = vec![key.to_owned()];
    let mut index = 0;
    while let Some(current) = variants.get(index).cloned() {
        index += 1;
        let mut next: Vec<String> =
            PREFIXES.iter().filter_map(|prefix| current.strip_prefix(prefix)).map(str::to_owned).collect();
        // "2023年营业收入", "2023年度研发费用".
        let digits = current.chars().take_while(char::is_ascii_digit).count();
        if digits == 4 {
            if let Some(rest) = current.get(4..) {
                next.extend(["年度", "年"].iter().filter_map(|word| rest.strip_prefix(word)).map(str::to_owned));
            }
        }
        for variant in next {
            if !variant.is_empty() && !variants.contains(&variant) {
                variants.push(variant);
            }
        }
    }
    variants
}

/// The target a header names, if it clearly names one.
pub fn guess(header: &str) -> Option<Target> {
    guess_ranked(header).map(|(target, _)| target)
}

/// How a word names a target: 0 for its own name, else 1 + the synonym's
/// place in its list (the usual words come first).
fn rank_of(target: Target, word: &str) -> Option<usize> {
    if name_key(target.name()) == word {
        return Some(0);
    }
    target.synonyms().iter().position(|synonym| name_key(synonym) == word).map(|at| at + 1)
}

/// The target a header names and how plainly (lower is plainer: "所在高新区"
/// names the zone more plainly than "所属园区").
fn guess_ranked(header: &str) -> Option<(Target, usize)> {
    let (key, unit) = split_header(header);
    if key.is_empty() {
        return None;
    }
    let variants = key_variants(&key);
    let target =
        variants.iter().find_map(|variant| Target::all().find(|target| rank_of(*target, variant).is_some()))?;
    let rank = variants.iter().filter_map(|variant| rank_of(target, variant)).min().unwrap_or(usize::MAX);
    // A percentage is not an amount of money: "研发投入（%）" is an intensity.
    let money = matches!(target, Target::Fact(fact) if fact.kind() == FactKind::Money);
    (!(money && unit == Some(HeaderUnit::Percent))).then_some((target, rank))
}

/// Whether a header names an address (注册地址, 住所, registered address): a
/// province column of that header is read for the province an address
/// starts with, and an address naming none states nothing.
pub fn is_address(header: &str) -> bool {
    let key = name_key(header);
    ["地址", "住所", "注册地", "address"].iter().any(|word| key.contains(word))
}

/// The unit of a money column, from its header (yuan when it names none).
pub fn money_unit(header: &str) -> MoneyUnit {
    match split_header(header).1 {
        Some(HeaderUnit::Money(unit)) => unit,
        Some(HeaderUnit::Percent) | None => MoneyUnit::Yuan,
    }
}

/// Why a mapping was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    #[error("the mapping has {given} entries but the file has {columns} columns")]
    Length { given: usize, columns: usize },
    #[error("column {column} ({header}): unknown target \"{target}\"")]
    UnknownTarget { column: usize, header: String, target: String },
    #[error("column {column} ({header}): {target} is already the target of column {first} ({first_header})")]
    Twice { column: usize, header: String, target: &'static str, first: usize, first_header: String },
}

/// One column: its header, what it is mapped to, and the unit its header gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub header: String,
    pub target: Option<Target>,
    pub unit: MoneyUnit,
}

/// The columns of a file, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns(Vec<Column>);

impl Columns {
    /// Columns mapped automatically from their headers. A target that two
    /// headers name goes to the one that names it more plainly (所在高新区
    /// rather than 所属园区), the first of equals; the other is left unmapped.
    pub fn guess(headers: &[String]) -> Columns {
        let ranked: Vec<Option<(Target, usize)>> = headers.iter().map(|header| guess_ranked(header)).collect();
        let columns = headers
            .iter()
            .enumerate()
            .map(|(index, header)| {
                let target = ranked.get(index).copied().flatten().and_then(|(target, rank)| {
                    let beaten = ranked.iter().enumerate().any(|(other, guess)| {
                        matches!(guess, Some((t, r)) if *t == target && (*r < rank || (*r == rank && other < index)))
                    });
                    (!beaten).then_some(target)
                });
                Column { header: header.clone(), target, unit: money_unit(header) }
            })
            .collect();
        Columns(columns)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Column> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&Column> {
        self.0.get(index)
    }

    /// The 0-based index of the column mapped to `target`.
    pub fn position(&self, target: Target) -> Option<usize> {
        self.0.iter().position(|column| column.target == Some(target))
    }

    /// Sets every column's target from names (`None`: not used).
    pub fn set(&mut self, targets: &[Option<&str>]) -> Result<(), MappingError> {
        if targets.len() != self.0.len() {
            return Err(MappingError::Length { given: targets.len(), columns: self.0.len() });
        }
        let mut chosen: Vec<Option<Target>> = Vec::with_capacity(targets.len());
        for (index, (name, column)) in targets.iter().zip(&self.0).enumerate() {
            let target = match name {
                None => None,
                Some(name) => Some(Target::from_name(name).ok_or_else(|| MappingError::UnknownTarget {
                    column: index + 1,
                    header: column.header.clone(),
                    target: (*name).to_owned(),
                })?),
            };
            if let Some(first) = target.and_then(|target| chosen.iter().position(|c| *c == Some(target))) {
                return Err(MappingError::Twice {
                    column: index + 1,
                    header: column.header.clone(),
                    target: target.map_or("", Target::name),
                    first: first + 1,
                    first_header: self.0.get(first).map(|c| c.header.clone()).unwrap_or_default(),
                });
            }
            chosen.push(target);
        }
        for (column, target) in self.0.iter_mut().zip(chosen) {
            column.target = target;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_is_found_by_its_name_and_listed_once_at_most() {
        for fact in Fact::ALL {
            assert_eq!(guess(fact.name()), Some(Target::Fact(fact)), "{}", fact.name());
            assert!(FACT_SYNONYMS.iter().filter(|(listed, _)| *listed == fact).count() <= 1, "{}", fact.name());
        }
    }

    #[test]
    fn common_headers() {
        let cases = [
            ("企业名称", Some(Target::Name)),
            ("统一社会信用代码", Some(Target::Code)),
            ("所在高新区", Some(Target::Fact(Fact::Zone))),
            ("所在省份", Some(Target::Fact(Fact::Province))),
            ("营业收入（万元）", Some(Target::Fact(Fact::RevenueYuan))),
            ("2023年营业收入(元)", Some(Target::Fact(Fact::RevenueYuan))),
            ("研发费用", Some(Target::Fact(Fact::RdExpenseYuan))),
            ("R&D经费支出(万元)", Some(Target::Fact(Fact::RdExpenseYuan))),
            ("高企认定情况", Some(Target::Fact(Fact::HighTechEnterprise))),
            ("科小入库情况", Some(Target::Fact(Fact::TechSme))),
            ("高企编号", Some(Target::Certificate)),
            // A board planned is not a board listed on: left for staff to map.
            ("上市情况/拟上市板块", None),
            ("是否高新技术企业", Some(Target::Fact(Fact::HighTechEnterprise))),
            ("是否规上", Some(Target::Fact(Fact::AboveDesignatedSize))),
            ("是否在科创板上市", Some(Target::Fact(Fact::ListedOnStarMarket))),
            ("Revenue (10k yuan)", Some(Target::Fact(Fact::RevenueYuan))),
            ("revenueYuan", Some(Target::Fact(Fact::RevenueYuan))),
            ("ＲＥＶＥＮＵＥ", Some(Target::Fact(Fact::RevenueYuan))),
            ("研发投入（%）", None),
            ("备注", None),
        ];
        for (header, target) in cases {
            assert_eq!(guess(header), target, "{header}");
        }
        assert_eq!(money_unit("营业收入（万元）"), MoneyUnit::TenThousandYuan);
        // Other registries' words.
        for (header, target) in [
            ("社会统一信用代码", Target::Code),
            ("所属片区", Target::Fact(Fact::Zone)),
            ("营业总收入（万元）", Target::Fact(Fact::RevenueYuan)),
            ("研究开发费用", Target::Fact(Fact::RdExpenseYuan)),
            ("是否科小", Target::Fact(Fact::TechSme)),
            ("高企证书到期时间", Target::CertificateExpiry),
            ("上市板块", Target::Fact(Fact::ListedOnStarMarket)),
        ] {
            assert_eq!(guess(header), Some(target), "{header}");
        }
        // Two columns for one fact: the plainer header takes it, whatever the order.
        let headers = |list: &[&str]| list.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>();
        let zone = Some(Target::Fact(Fact::Zone));
        let columns = Columns::guess(&headers(&["企业名称", "所属园区", "所在高新区"]));
        assert_eq!(columns.iter().map(|c| c.target).collect::<Vec<_>>(), [Some(Target::Name), None, zone]);
        let columns = Columns::guess(&headers(&["所在高新区", "园区名称"]));
        assert_eq!(columns.iter().map(|c| c.target).collect::<Vec<_>>(), [zone, None]);
        let columns = Columns::guess(&headers(&["营业收入", "营业收入"]));
        assert_eq!(columns.iter().map(|c| c.target).collect::<Vec<_>>(), [Some(Target::Fact(Fact::RevenueYuan)), None]);
        assert_eq!(money_unit("营业收入/亿元"), MoneyUnit::HundredMillionYuan);
        assert_eq!(money_unit("营业收入"), MoneyUnit::Yuan);
    }
}
