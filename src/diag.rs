//! Diagnostics: errors found by the front end, with a stable kebab-case id, a primary
//! source span, and rendering as `error[id]: message --> file:line:col` with a code frame.

/// A loaded source file, as diagnostics see it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as the user gave it (or as resolved relative to it), for diagnostics.
    pub path: String,
    /// The absolute path, as CPython shows it in tracebacks (`__file__`).
    pub abs_path: String,
    pub text: String,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: String, abs_path: String, text: String) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        SourceFile { path, abs_path, text, line_starts }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// Byte offset of the start of the line holding `offset`.
    pub fn line_start(&self, offset: usize) -> usize {
        let line = self.line_starts.partition_point(|&s| s <= offset.min(self.text.len()));
        self.line_starts[line - 1]
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else { return "" };
        let end = self.line_starts.get(line).map_or(self.text.len(), |e| e - 1);
        self.text[start..end.max(start)].trim_end_matches('\r')
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Index of a file in the program's file table.
pub type FileId = usize;

/// A byte range in one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable id: `syntax-error`, `unsupported-syntax`, `unbound-name`, `type-mismatch`,
    /// `call-error`, `unknown-attribute`, `import-error`.
    pub id: &'static str,
    pub message: String,
    pub span: Span,
    /// Text under the `^^^` marker.
    pub label: Option<String>,
    /// `= help: ...` line.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(id: &'static str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic { id, message: message.into(), span, label: None, help: None }
    }
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Renders the diagnostic with a code frame:
    /// ```text
    /// error[type-mismatch]: unsupported operand type(s) for +: 'str' and 'int'
    ///   --> calc.py:7:11
    ///    |
    ///  7 |     total = name + 1
    ///    |             ^^^^^^^^
    /// ```
    pub fn render(&self, files: &[SourceFile]) -> String {
        let mut out = format!("error[{}]: {}\n", self.id, self.message);
        let Some(file) = files.get(self.span.file) else { return out };
        let (line, col) = file.line_col(self.span.start as usize);
        let text = file.line_text(line);
        let num = line.to_string();
        let pad = " ".repeat(num.len());
        out += &format!("{pad}--> {}:{line}:{col}\n", file.path);
        out += &format!("{pad} |\n{num} | {text}\n");
        // Underline up to the end of the span or of the line, at least one caret.
        let (end_line, end_col) = file.line_col(self.span.end as usize);
        let line_len = text.chars().count() + 1;
        let end_col = if end_line == line { end_col.min(line_len) } else { line_len };
        let width = end_col.saturating_sub(col).max(1);
        out += &format!("{pad} | {}{}", " ".repeat(col - 1), "^".repeat(width));
        if let Some(label) = &self.label {
            out += &format!(" {label}");
        }
        out += "\n";
        if let Some(help) = &self.help {
            out += &format!("{pad} = help: {help}\n");
        }
        out
    }
}

/// The diagnostics collected by the front-end passes.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    pub list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        // One report per place is enough: passes may revisit the same code.
        if !self.list.iter().any(|e| e.span == d.span && e.id == d.id) {
            self.list.push(d);
        }
    }
    pub fn error(&mut self, id: &'static str, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::new(id, span, message));
    }
    pub fn has_errors(&self) -> bool {
        !self.list.is_empty()
    }
    pub fn render(&self, files: &[SourceFile]) -> String {
        let mut sorted: Vec<&Diagnostic> = self.list.iter().collect();
        sorted.sort_by_key(|d| (d.span.file, d.span.start));
        let mut out = String::new();
        for d in sorted {
            out += &d.render(files);
            out += "\n";
        }
        let n = self.list.len();
        out += &format!("error: could not compile: {n} error{}\n", if n == 1 { "" } else { "s" });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_code_frame() {
        let files = vec![SourceFile::new("calc.py".into(), "/calc.py".into(), "x = 1\ntotal = name + 1\n".into())];
        let d = Diagnostic::new("type-mismatch", Span { file: 0, start: 14, end: 22 }, "bad")
            .with_label("here")
            .with_help("convert");
        assert_eq!(
            d.render(&files),
            "error[type-mismatch]: bad\n --> calc.py:2:9\n  |\n2 | total = name + 1\n  |         ^^^^^^^^ here\n  = help: convert\n"
        );
    }

    #[test]
    fn line_col_counts_characters() {
        let f = SourceFile::new("a.py".into(), "/a.py".into(), "s = 'é'; t\n".into());
        assert_eq!(f.line_col(10), (1, 10));
    }
}
