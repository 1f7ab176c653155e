//! The directory of high-tech zones in Sichuan, Chongqing and Guizhou.
//!
//! Only zones whose level we can stand behind are listed: every national zone
//! of the three regions that we are sure of, and every zone the documents
//! name. A zone missing here can still be described by `province` and
//! `zoneLevel`. Guizhou's provincial zones are listed as the Guizhou plan
//! (黔科领发〔2021〕1号) names them: it calls only Guiyang and Anshun national
//! and aims to reach four national zones by 2025.

use crate::engine::text::Text;
use serde::Serialize;

/// Level of a high-tech zone. Chongqing's municipal zones count as provincial.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    National,
    Provincial,
}

impl Level {
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Provincial => "provincial",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Zone {
    pub id: &'static str,
    pub name: Text,
    pub province: &'static str,
    /// `None` for a park of the Chengdu demonstration zone whose level as a
    /// high-tech zone the directory cannot stand behind: `zoneLevel` is then
    /// the profile's to state.
    pub level: Option<Level>,
}

const fn zone(id: &'static str, zh: &'static str, en: &'static str, province: &'static str, level: Level) -> Zone {
    Zone { id, name: Text::words(zh, en), province, level: Some(level) }
}

/// A park of the Chengdu demonstration zone (“一区四园一城一镇”, clause (十一)
/// of its document) outside the Chengdu High-tech Zone itself.
const fn demonstration_park(id: &'static str, zh: &'static str, en: &'static str) -> Zone {
    Zone { id, name: Text::words(zh, en), province: "sichuan", level: None }
}

/// The directory ids that lie in the Chengdu national independent innovation
/// demonstration zone: the Chengdu High-tech Zone (高新南区、高新西区、国际生物城、
/// 国际空港产业新城) and the science city and the town of clause (十一).
pub const CHENGDU_DEMONSTRATION_ZONE: &[&str] = &["chengdu", "chengdu-science-city", "jingrong-town"];

use Level::{National, Provincial};

pub const ZONES: &[Zone] = &[
    // Sichuan: national zones.
    zone(
        "chengdu",
        "成都高新技术产业开发区（含高新南区、高新西区、国际生物城、国际空港产业新城）",
        "Chengdu High-tech Zone (south and west parks, International Bio-town, Airport New Town)",
        "sichuan",
        National,
    ),
    zone("mianyang", "绵阳高新技术产业开发区", "Mianyang High-tech Zone", "sichuan", National),
    zone("zigong", "自贡高新技术产业开发区", "Zigong High-tech Zone", "sichuan", National),
    zone("leshan", "乐山高新技术产业开发区", "Leshan High-tech Zone", "sichuan", National),
    zone(
        "panzhihua",
        "攀枝花钒钛高新技术产业开发区",
        "Panzhihua Vanadium and Titanium High-tech Zone",
        "sichuan",
        National,
    ),
    zone("luzhou", "泸州高新技术产业开发区", "Luzhou High-tech Zone", "sichuan", National),
    zone("deyang", "德阳高新技术产业开发区", "Deyang High-tech Zone", "sichuan", National),
    // Sichuan: the parts of the Chengdu demonstration zone outside the
    // Chengdu High-tech Zone.
    demonstration_park(
        "chengdu-science-city",
        "成都科学城（成都国家自主创新示范区）",
        "Chengdu Science City (Chengdu demonstration zone)",
    ),
    demonstration_park(
        "jingrong-town",
        "菁蓉镇（成都国家自主创新示范区）",
        "Jingrong Town (Chengdu demonstration zone)",
    ),
    // Chongqing: national zones.
    zone("chongqing", "重庆高新技术产业开发区", "Chongqing High-tech Zone", "chongqing", National),
    zone("bishan", "璧山高新技术产业开发区", "Bishan High-tech Zone", "chongqing", National),
    zone("yongchuan", "永川高新技术产业开发区", "Yongchuan High-tech Zone", "chongqing", National),
    zone("rongchang", "荣昌高新技术产业开发区", "Rongchang High-tech Zone", "chongqing", National),
    // Guizhou: the national zones, then the provincial zones the plan names.
    zone("guiyang", "贵阳国家高新技术产业开发区", "Guiyang National High-tech Zone", "guizhou", National),
    zone("anshun", "安顺国家高新技术产业开发区", "Anshun National High-tech Zone", "guizhou", National),
    zone("zunyi", "遵义高新技术产业开发区", "Zunyi High-tech Zone", "guizhou", Provincial),
    zone("qiannan", "黔南高新技术产业开发区", "Qiannan High-tech Zone", "guizhou", Provincial),
    zone("qianxinan", "黔西南高新技术产业开发区", "Qianxinan High-tech Zone", "guizhou", Provincial),
    zone("bijie", "毕节高新技术产业开发区", "Bijie High-tech Zone", "guizhou", Provincial),
    zone("liupanshui", "六盘水高新技术产业开发区", "Liupanshui High-tech Zone", "guizhou", Provincial),
    zone("bijiang", "碧江高新技术产业开发区", "Bijiang High-tech Zone", "guizhou", Provincial),
    zone("tongren", "铜仁高新技术产业开发区", "Tongren High-tech Zone", "guizhou", Provincial),
    zone("qiandongnan", "黔东南高新技术产业开发区", "Qiandongnan High-tech Zone", "guizhou", Provincial),
];

pub fn find(id: &str) -> Option<&'static Zone> {
    ZONES.iter().find(|zone| zone.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_provinces_known() {
        for (i, zone) in ZONES.iter().enumerate() {
            assert!(ZONES.iter().skip(i + 1).all(|other| other.id != zone.id), "{}", zone.id);
            assert!(["sichuan", "chongqing", "guizhou"].contains(&zone.province));
        }
    }

    #[test]
    fn the_zones_the_documents_name_are_there() {
        for id in [
            "chengdu",
            "mianyang",
            "guiyang",
            "anshun",
            "zunyi",
            "qiannan",
            "qianxinan",
            "bijie",
            "liupanshui",
            "bijiang",
            "tongren",
            "qiandongnan",
            "chongqing",
            "bishan",
            "yongchuan",
            "rongchang",
        ] {
            assert!(find(id).is_some(), "{id}");
        }
        assert_eq!(find("anshun").and_then(|z| z.level), Some(Level::National));
        assert_eq!(find("zunyi").and_then(|z| z.level), Some(Level::Provincial));
        for id in CHENGDU_DEMONSTRATION_ZONE {
            assert_eq!(find(id).map(|z| z.province), Some("sichuan"), "{id}");
        }
    }
}
