//! The text CPython 3.11 prints under a traceback's `File` line: the stripped source line
//! and, unless the failing expression spans the whole line, markers under it (`^`, or `~`
//! and `^` for the operator of a binary operation and the index of a subscript).
//! Computed at compile time from the span of the raising expression.
use crate::diag::{SourceFile, Span};
use rustpython_parser::{ast, Mode};

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

/// Byte offset in `s` to a character offset (clamped).
fn char_offset(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// `    <stripped line>\n` and the marker line, for the frame raising at `span`.
pub fn frame_detail(file: &SourceFile, span: Span) -> String {
    let (line_no, _) = file.line_col(span.start as usize);
    let line = file.line_text(line_no).trim_end_matches('\r');
    // CPython drops the indentation but keeps trailing whitespace, in the echoed line and
    // in the "marker spans the whole line" test.
    let stripped = line.trim_start_matches(is_ws).trim_end_matches(['\n', '\r']);
    if stripped.trim_end_matches(is_ws).is_empty() {
        return String::new();
    }
    // Machine-generated giant lines: keep one copy per raise site out of the binary.
    if stripped.len() > MAX_ANCHOR_SEGMENT {
        return String::new();
    }
    let mut out = format!("    {stripped}\n");
    let line_start = span.start as usize - line_byte_start(file, span.start as usize);
    let lead = line.chars().take_while(|c| is_ws(*c)).count();
    let start = char_offset(line, line_start);
    let (end_line, _) = file.line_col(span.end as usize);
    let chars: Vec<char> = line.chars().collect();
    let (end, anchors) = if end_line == line_no {
        let end = char_offset(line, span.end as usize - line_byte_start(file, span.start as usize));
        let segment: String = chars[start.min(chars.len())..end.min(chars.len())].iter().collect();
        (end, anchors(&segment).map(|(l, r)| (l + start, r + start)))
    } else {
        (line.trim_end().chars().count(), None)
    };
    if end <= start || (end - start == stripped.chars().count() && anchors.is_none()) {
        return out;
    }
    let (primary, secondary) = if anchors.is_some() { ('~', '^') } else { ('^', '^') };
    out.push_str(&" ".repeat(4 + start.saturating_sub(lead)));
    for i in start..end {
        let c = match anchors {
            Some((l, r)) if l <= i && i < r => secondary,
            _ => primary,
        };
        out.push(c);
    }
    out.push('\n');
    out
}

fn line_byte_start(file: &SourceFile, offset: usize) -> usize {
    file.line_start(offset)
}

/// Segments longer than this are not parsed for anchors (keeps compile time linear on
/// machine-generated giant expressions; real source lines are far shorter).
const MAX_ANCHOR_SEGMENT: usize = 1000;

/// The secondary range of a segment that parses as a binary operation (its operator) or a
/// subscript (its brackets), as character offsets into the segment.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    if segment.len() > MAX_ANCHOR_SEGMENT {
        return None;
    }
    let module = rustpython_parser::parse(segment, Mode::Module, "<segment>").ok()?;
    let ast::Mod::Module(m) = module else { return None };
    let [ast::Stmt::Expr(stmt)] = &m.body[..] else { return None };
    let bytes = segment.as_bytes();
    let (left, right) = match &*stmt.value {
        ast::Expr::BinOp(b) => {
            let (from, to) = (u32::from(b.left.range().end()) as usize, u32::from(b.right.range().start()) as usize);
            let mut anchor = None;
            let mut i = from;
            while i < to {
                if is_ws(bytes[i] as char) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < to && !is_ws(bytes[i + 1] as char) {
                    r += 1;
                }
                anchor = Some((i, r));
                if i + 1 < to && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchor?
        }
        ast::Expr::Subscript(s) => {
            let mut l = u32::from(s.value.range().end()) as usize;
            let mut r = u32::from(s.slice.range().end()) as usize + 1;
            while l < bytes.len() && bytes[l] != b'[' {
                l += 1;
            }
            while r < bytes.len() && bytes[r] != b']' {
                r += 1;
            }
            if r < bytes.len() {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    Some((char_offset(segment, left), char_offset(segment, right)))
}

use rustpython_parser::ast::Ranged;

#[cfg(test)]
mod tests {
    use super::*;

    fn detail(line: &str, what: &str) -> String {
        let text = format!("x = 1\n{line}\n");
        let start = text.find(what).expect("segment") as u32;
        let file = SourceFile::new("t.py".into(), "/t.py".into(), text.clone());
        frame_detail(&file, Span { file: 0, start, end: start + what.len() as u32 })
    }

    // Expected texts are CPython 3.11's.
    #[test]
    fn call_inside_a_line_is_marked() {
        assert_eq!(
            detail("print(people, share(100, people))", "share(100, people)"),
            "    print(people, share(100, people))\n                  ^^^^^^^^^^^^^^^^^^\n"
        );
    }

    #[test]
    fn binary_operator_gets_anchors() {
        assert_eq!(detail("    return total // people", "total // people"), "    return total // people\n           ~~~~~~^^~~~~~~~\n");
    }

    #[test]
    fn subscript_gets_anchors() {
        assert_eq!(detail("print(s[10])", "s[10]"), "    print(s[10])\n          ~^^^^\n");
    }

    #[test]
    fn whole_line_is_not_marked() {
        assert_eq!(detail("    raise ValueError('x')", "raise ValueError('x')"), "    raise ValueError('x')\n");
        assert_eq!(detail("f(1)", "f(1)"), "    f(1)\n");
    }

    #[test]
    fn trailing_whitespace_is_kept_and_counts() {
        assert_eq!(detail("f()  ", "f()"), "    f()  \n    ^^^\n");
    }

    #[test]
    fn binary_operation_spanning_the_line_keeps_its_anchors() {
        assert_eq!(detail("1 / 0", "1 / 0"), "    1 / 0\n    ~~^~~\n");
    }
}
