//! The measure catalogue: one module per source document, measures in the
//! document's clause order, each beside the sentence it encodes.
//!
//! The building blocks shared by all documents (where a measure applies, the
//! documents themselves) live here so that each document file reads as the
//! law: clause, quote, then who qualifies and what they get.

mod chengdu;
mod chongqing;
mod guizhou;
mod national;
mod sichuan;

use crate::condition::{Check, Condition, Test};
use crate::fact::Fact;
use crate::measure::{Document, Measure};
use crate::text::Text;

/// Every measure, document by document in the order of [`crate::measure::Jurisdiction::ALL`].
pub fn measures() -> impl Iterator<Item = &'static Measure> {
    national::MEASURES
        .iter()
        .chain(sichuan::MEASURES)
        .chain(chengdu::MEASURES)
        .chain(chongqing::MEASURES)
        .chain(guizhou::MEASURES)
}

/// The measure with this id.
pub fn find(id: &str) -> Option<&'static Measure> {
    measures().find(|measure| measure.id == id)
}

/// The five source documents.
pub fn documents() -> [&'static Document; 5] {
    [&national::DOCUMENT, &sichuan::DOCUMENT, &chengdu::DOCUMENT, &chongqing::DOCUMENT, &guizhou::DOCUMENT]
}

/// A test leaf with its explanation.
pub(crate) const fn test(check: Check, zh: &'static str, en: &'static str) -> Condition {
    Condition::Test(Test { check, text: Text { zh, en } })
}

/// A yes/no fact that must be true.
pub(crate) const fn is(fact: Fact, zh: &'static str, en: &'static str) -> Condition {
    test(Check::Is(fact, true), zh, en)
}

pub(crate) const IN_NATIONAL_ZONE: Condition =
    test(Check::OneOf(Fact::ZoneLevel, &["national"]), "位于国家高新区", "located in a national high-tech zone");

pub(crate) const IN_A_ZONE: Condition = test(
    Check::OneOf(Fact::ZoneLevel, &["national", "provincial"]),
    "位于高新区（国家级或省级）",
    "located in a high-tech zone (national or provincial)",
);

pub(crate) const IN_A_CHONGQING_ZONE_LEVEL: Condition = test(
    Check::OneOf(Fact::ZoneLevel, &["national", "provincial"]),
    "位于高新区（国家级或市级）",
    "located in a high-tech zone (national or municipal)",
);

pub(crate) const IN_SICHUAN: Condition =
    test(Check::OneOf(Fact::Province, &["sichuan"]), "位于四川省", "located in Sichuan");
pub(crate) const IN_CHONGQING: Condition =
    test(Check::OneOf(Fact::Province, &["chongqing"]), "位于重庆市", "located in Chongqing");
pub(crate) const IN_GUIZHOU: Condition =
    test(Check::OneOf(Fact::Province, &["guizhou"]), "位于贵州省", "located in Guizhou");

pub(crate) const FOREIGN_NATIONAL: Condition = is(Fact::ForeignNational, "外国国籍", "is a foreign national");

pub(crate) const HIGH_TECH_ENTERPRISE: Condition =
    is(Fact::HighTechEnterprise, "持有有效的高新技术企业证书", "holds a valid high-tech enterprise certificate");

pub(crate) const TECH_SME: Condition =
    is(Fact::TechSme, "已登记为科技型中小企业", "is a registered technology-based SME");

pub(crate) const TECH_ENTERPRISE: Condition = is(Fact::TechEnterprise, "是科技型企业", "is a technology enterprise");

pub(crate) const HAS_RD_EXPENSE: Condition =
    test(Check::MoneyAbove(Fact::RdExpenseYuan, 0), "有研发投入（大于0元）", "has R&D expenditure (more than 0 yuan)");

pub(crate) const RESEARCHER: Condition =
    is(Fact::Researcher, "是高校或科研院所的科研人员", "is a researcher at a university or research institute");

pub(crate) const OWNS_IP: Condition =
    is(Fact::OwnsIntellectualProperty, "拥有可质押的知识产权", "owns intellectual property that can be pledged");

pub(crate) const HIGH_GROWTH: Condition = is(Fact::HighGrowthEnterprise, "是高成长企业", "is a high-growth enterprise");
