//! Keywords: the article's heaviest terms, shown as written.

use crate::score::{TermWeight, TermWeights};
use crate::summary::Keyword;

/// The `n` heaviest terms that recur (in two sentences or more, when the article has several),
/// scores relative to the top one; ties keep first appearance.
pub(crate) fn top(weights: &TermWeights, n: usize) -> Vec<Keyword> {
    let recurring = weights.terms.iter().any(|w| w.sentences > 1);
    let mut ranked: Vec<&TermWeight> = weights
        .terms
        .iter()
        .filter(|w| !recurring || w.sentences > 1)
        .filter(|w| weights.surface(w).chars().any(char::is_alphabetic))
        .collect();
    // A stable sort keeps term-id (first appearance) order among equal weights.
    ranked.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let best = ranked.first().map_or(1.0, |w| w.weight.max(f64::MIN_POSITIVE));
    ranked
        .into_iter()
        .take(n)
        .map(|w| Keyword { term: weights.surface(w).to_string(), score: w.weight / best })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heaviest_recurring_terms_first() {
        let mut w = TermWeights::default();
        for (surface, weight, sentences) in
            [("Lavrov", 4.0, 3), ("once", 9.0, 1), ("Korea", 6.0, 5), ("2025", 8.0, 2)]
        {
            w.push(surface, weight, sentences);
        }
        let k = top(&w, 5);
        let terms: Vec<_> = k.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["Korea", "Lavrov"]);
        assert_eq!(k[0].score, 1.0);
    }
}
