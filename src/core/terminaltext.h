#pragma once

#include <QString>
#include <QStringView>

// The one sanitiser for text that came from elsewhere (an application's name, a server's error
// description) before it reaches a terminal, a log line or a report. Nothing is interpreted:
// C0 and C1 controls, ESC (and so every escape sequence), CR/LF inside a field, bidirectional
// overrides and isolates are replaced by visible stand-ins; lone surrogates become U+FFFD.
class TerminalText
{
public:
    enum class Lines
    {
        Visible, // one field: a line break inside it is shown, not obeyed
        Keep     // multi-line prose: LF stays a line break (CR and everything else is shown)
    };

    // C0 controls and DEL become their Control Pictures (ESC → ␛, LF → ␊, NUL → ␀); C1 controls,
    // bidi controls and the Unicode line/paragraph separators become "<U+202E>".
    static QString sanitize(QStringView text, Lines lines = Lines::Visible);
    // True when sanitize() would return the text unchanged.
    static bool isClean(QStringView text, Lines lines = Lines::Visible);
    // The characters sanitize() replaces (bidi controls, separators, C0/C1, DEL), one at a time.
    static bool needsReplacing(char32_t codePoint);
};
