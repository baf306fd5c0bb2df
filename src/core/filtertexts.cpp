#include "filtertexts.h"

#include <cstring>

namespace {

// Each place the word's pivot byte occurs (memchr: a vector search), then the whole word compared
// there. The texts are short and the words typed shorter still: faster here than memmem's set-up
// per row.
bool holds(const char *text, qsizetype size, const FilterTexts::Word &word)
{
    const qsizetype n = word.bytes.size();
    if (n == 0)
        return true;
    if (n > size)
        return false;
    const char *const bytes = word.bytes.constData();
    const char pivot = bytes[word.pivot];
    // The pivot of a match lies in [text + pivot, text + size - n + pivot].
    const char *p = text + word.pivot;
    const char *const last = text + size - n + word.pivot;
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, pivot, size_t(last - p + 1)));
        if (!p)
            return false;
        if (std::memcmp(p - word.pivot, bytes, size_t(n)) == 0)
            return true;
        ++p;
    }
    return false;
}

} // namespace

FilterTexts::Words FilterTexts::wordsOf(const QStringList &lowerCaseWords) const
{
    Words words;
    words.reserve(lowerCaseWords.size());
    for (const QString &w : lowerCaseWords) {
        Word word{w.toUtf8()};
        for (qsizetype i = 1; i < word.bytes.size(); ++i)
            if (m_byteCounts.at(uchar(word.bytes.at(i))) <
                m_byteCounts.at(uchar(word.bytes.at(word.pivot))))
                word.pivot = i;
        words.append(std::move(word));
    }
    return words;
}

void FilterTexts::reserve(qsizetype rows)
{
    m_ends.reserve(rows);
}

void FilterTexts::appendLowered(std::initializer_list<QStringView> parts)
{
    const qsizetype begin = m_bytes.size();
    bool first = true;
    for (QStringView part : parts) {
        // An ASCII run is written in place, one byte per character, into room made once per
        // part (resize grows the buffer geometrically); the rest, if any, goes through QString.
        const qsizetype at = m_bytes.size();
        const qsizetype room = part.size() + (first ? 0 : 1);
        m_bytes.resize(at + room);
        char *out = m_bytes.data() + at;
        if (!first)
            *out++ = ' ';
        first = false;
        const char16_t *in = part.utf16();
        qsizetype i = 0;
        for (; i < part.size() && in[i] < 0x80; ++i) {
            const char c = char(in[i]);
            out[i] = c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        }
        m_bytes.resize(out - m_bytes.constData() + i);
        if (i < part.size())
            m_bytes.append(part.mid(i).toString().toLower().toUtf8());
    }
    const uchar *bytes = reinterpret_cast<const uchar *>(m_bytes.constData());
    qsizetype *counts = m_byteCounts.data();
    for (qsizetype b = begin; b < m_bytes.size(); ++b)
        ++counts[bytes[b]];
    m_ends.append(m_bytes.size());
}

void FilterTexts::append(const FilterTexts &more)
{
    const qsizetype offset = m_bytes.size();
    m_bytes.append(more.m_bytes);
    m_ends.reserve(m_ends.size() + more.m_ends.size());
    for (qsizetype end : more.m_ends)
        m_ends.append(offset + end);
    for (int b = 0; b < 256; ++b)
        m_byteCounts[b] += more.m_byteCounts.at(b);
}

QString FilterTexts::text(qsizetype row) const
{
    if (row < 0 || row >= m_ends.size())
        return {};
    const qsizetype begin = row > 0 ? m_ends.at(row - 1) : 0;
    return QString::fromUtf8(m_bytes.constData() + begin, m_ends.at(row) - begin);
}

bool FilterTexts::containsAll(qsizetype row, const Words &words) const
{
    if (row < 0 || row >= m_ends.size())
        return false;
    const qsizetype begin = row > 0 ? m_ends.at(row - 1) : 0;
    const qsizetype size = m_ends.at(row) - begin;
    if (size == 0)
        return false;
    const char *text = m_bytes.constData() + begin;
    for (const Word &w : words)
        if (!holds(text, size, w))
            return false;
    return true;
}
