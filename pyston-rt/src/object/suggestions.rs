//! "Did you mean" hints for AttributeError reports (CPython 3.11's
//! `Python/suggestions.c`): the candidate from `dir(obj)` with the smallest
//! weighted Levenshtein distance to the missing name, within a third of the
//! characters involved.

/// Cost of inserting, deleting or replacing a character.
const MOVE_COST: usize = 2;
/// Cost of replacing a character by its other case.
const CASE_COST: usize = 1;
/// Longer names are not compared.
const MAX_STRING_SIZE: usize = 40;
/// Objects with this many attributes or more get no suggestion.
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.to_ascii_lowercase() == b.to_ascii_lowercase() {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between `a` and `b` (UTF-8 bytes), or
/// `max_cost + 1` as soon as it must exceed `max_cost`.
pub fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the distance matrix, updated in place: row[i] is the cost
    // of turning b[..j] into a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &ch) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, ch);
            diagonal = row[i];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best suggestion for `name` among `candidates`, if any is close
/// enough.
pub fn best_suggestion<'a>(name: &str, candidates: &'a [String]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max_distance = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_choices() {
        assert_eq!(levenshtein_distance(b"value", b"value", 10), 0);
        assert_eq!(levenshtein_distance(b"valeu", b"value", 10), 4);
        assert_eq!(levenshtein_distance(b"Value", b"value", 10), CASE_COST);
        assert_eq!(levenshtein_distance(b"abc", b"abcdef", 10), 3 * MOVE_COST);
        let c: Vec<String> = ["sqrt", "sin", "pi"].iter().map(|s| s.to_string()).collect();
        assert_eq!(best_suggestion("sqr", &c), Some("sqrt"));
        assert_eq!(best_suggestion("zzzzzz", &c), None);
    }
}
