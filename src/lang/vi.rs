//! Vietnamese (`vi`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};

/// The Vietnamese profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::None,
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        signs: "đ ơ ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ \
ử ữ ự ỳ ỵ ỷ ỹ",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

// The commonest function words of news text, in the stopwords-iso style, with the reporting verbs.
const STOP_WORDS: &str =
    "và của các là có được trong cho những với không này đã một người đến khi từ theo về để như cũng \
thì tại ra nhiều vào sẽ đang nhưng nên rằng hay bị do mà lại năm sau trên ông bà anh chị họ \
chúng tôi ta mình đó đây nào gì vẫn còn rất hơn đều cùng qua nếu vì bởi sự việc phải lên ở nói";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "GS PGS TP TS ThS Tp",
    may_end: "",
    etc: "",
    number_prefix: "",
    starters: "Anh Bà Chúng Các Khi Một Nhưng Những Theo Trong Tuy Vì Ông Đây Đó",
    ordinal_next: "",
    semicolon_asks: false,
};

/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "ông bà anh chị họ nhưng tuy đó điều";

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "tiếng việt", ..Furniture::NONE };
