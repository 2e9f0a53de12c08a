//! What a command leaves on the terminal: stdout and stderr text in the order
//! written, and an exit status.

/// Which stream a piece of text went to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// Text in the order it was written; a terminal shows both streams
    /// interleaved in this order.
    pub chunks: Vec<(Stream, String)>,
    pub status: i32,
    /// The screen is to be cleared before the text is shown (`clear`).
    pub clear_screen: bool,
}

impl Output {
    /// A command that wrote only to stderr and exited with `status`.
    pub fn failure(status: i32, stderr: String) -> Self {
        Output { chunks: vec![(Stream::Stderr, stderr)], status, clear_screen: false }
    }

    pub fn out(&mut self, text: impl Into<String>) {
        self.push(Stream::Stdout, text.into());
    }

    pub fn err(&mut self, text: impl Into<String>) {
        self.push(Stream::Stderr, text.into());
    }

    fn push(&mut self, stream: Stream, text: String) {
        if text.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some((last, buf)) if *last == stream => buf.push_str(&text),
            _ => self.chunks.push((stream, text)),
        }
    }

    /// Everything written to one stream.
    pub fn text(&self, stream: Stream) -> String {
        self.chunks.iter().filter(|(s, _)| *s == stream).map(|(_, t)| t.as_str()).collect()
    }

    pub fn stdout(&self) -> String {
        self.text(Stream::Stdout)
    }

    pub fn stderr(&self) -> String {
        self.text(Stream::Stderr)
    }
}
