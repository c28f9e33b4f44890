//! Chinese (`zh`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};

/// The Chinese profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::None,
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection { script: Script::Han, letters: "", signs: "", neighbours: "" }),
    furniture: FURNITURE,
};

// Characters that split a run of Han into terms: particles and pronouns that almost never
// belong to a content word.
const STOP_WORDS: &str =
    "的 了 是 在 和 与 及 也 就 都 而 之 或 把 被 这 那 着 吗 呢 吧 啊 么 们 我 你 他 她 它 \
并 但 其";

/// Common words that are not stop words but never make a keyword on their own: generic verbs,
/// adverbs, adjectives and nouns of measure ("share", "first", "years"), sorted, lowercase.
pub(crate) const GENERIC_WORDS: &str = "一个 一方面 不要 主要 今年 以及 去年 可以 可能 已经 开始 情况 成为 提出 方面 日前 明年 没有 目前 相关 结果 表示 记者 超过 近日 进行 通过 重要 问题 需要 非常";

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "热门推荐|热门文章|相关阅读|相关文章|推荐阅读|分享",
    names: "中文|简体中文|繁體中文",
    ..Furniture::NONE
};
