#include "filtertexts.h"

#include <QtAlgorithms>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

#if defined(__SSE2__)
// Sixteen places at a time: where both the word's rarest byte and one other of its bytes sit
// where they would in a match (two compares of sixteen bytes), then the whole word compared at
// each such place. The common letters a short word is made of occur every few bytes: a search
// for one byte (memchr) stopped at each of them, and a keystroke tests a hundred thousand rows.
bool search(const char *text, qsizetype size, const FilterTexts::Word &word)
{
    const qsizetype n = word.bytes.size(); // 0 < n <= size
    const char *const bytes = word.bytes.constData();
    const qsizetype pivot = word.pivot;
    const qsizetype other = pivot == 0 ? n - 1 : 0;
    const qsizetype starts = size - n + 1; // a match starts at text + [0, starts)
    const __m128i pivotBytes = _mm_set1_epi8(bytes[pivot]);
    const __m128i otherBytes = _mm_set1_epi8(bytes[other]);
    // Whether a match starts at one of the sixteen places from text + i (all < starts).
    const auto block = [&](qsizetype i) {
        const __m128i atPivot =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i + pivot));
        const __m128i atOther =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i + other));
        uint mask = uint(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(atPivot, pivotBytes),
                                                         _mm_cmpeq_epi8(atOther, otherBytes))));
        for (; mask; mask &= mask - 1)
            if (std::memcmp(text + i + qCountTrailingZeroBits(mask), bytes, size_t(n)) == 0)
                return true;
        return false;
    };
    // The last load ends at text + starts - 1 + max(pivot, other) <= text + size - 1.
    if (starts >= 16) {
        for (qsizetype i = 0; i + 16 <= starts; i += 16)
            if (block(i))
                return true;
        // The places left, in one last block that overlaps the one before.
        return starts % 16 != 0 && block(starts - 16);
    }
    for (qsizetype i = 0; i < starts; ++i)
        if (text[i + pivot] == bytes[pivot] && std::memcmp(text + i, bytes, size_t(n)) == 0)
            return true;
    return false;
}
#else
// Each place the word's pivot byte occurs (memchr: a vector search), then the whole word compared
// there.
bool search(const char *text, qsizetype size, const FilterTexts::Word &word)
{
    const qsizetype n = word.bytes.size(); // 0 < n <= size
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
#endif

// The bit of a byte in a signature: 0–25 the letters, 26–35 the digits, each a bit of its own;
// every other byte shares one of the 28 bits left.
constexpr int ownBits = 36;
constexpr int bitOf(uchar b)
{
    if (b >= 'a' && b <= 'z')
        return b - 'a';
    if (b >= '0' && b <= '9')
        return 26 + (b - '0');
    return ownBits + b % (64 - ownBits);
}

constexpr bool hasBitOfItsOwn(uchar b)
{
    return bitOf(b) < ownBits;
}

bool holds(const char *text, qsizetype size, const FilterTexts::Word &word)
{
    if (word.bytes.isEmpty())
        return true;
    // One byte: the C library's memchr, which reads wider vectors than SSE2 where it can.
    if (word.bytes.size() == 1)
        return std::memchr(text, word.bytes.at(0), size_t(size)) != nullptr;
    return word.bytes.size() <= size && search(text, size, word);
}

} // namespace

FilterTexts::Words FilterTexts::wordsOf(const QStringList &lowerCaseWords) const
{
    Words words;
    words.reserve(lowerCaseWords.size());
    for (const QString &w : lowerCaseWords) {
        Word word{w.toUtf8()};
        word.signature = signatureOf(word.bytes.constData(), word.bytes.size());
        word.signatureIsExact = word.bytes.size() == 1 && hasBitOfItsOwn(uchar(word.bytes.at(0)));
        for (qsizetype i = 1; i < word.bytes.size(); ++i)
            if (m_byteCounts.at(uchar(word.bytes.at(i))) <
                m_byteCounts.at(uchar(word.bytes.at(word.pivot))))
                word.pivot = i;
        words.append(std::move(word));
    }
    return words;
}

quint64 FilterTexts::signatureOf(const char *bytes, qsizetype size)
{
    quint64 signature = 0;
    for (qsizetype i = 0; i < size; ++i)
        signature |= quint64(1) << bitOf(uchar(bytes[i]));
    return signature;
}

void FilterTexts::reserve(qsizetype rows)
{
    m_ends.reserve(rows);
    m_signatures.reserve(rows);
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
    quint64 signature = 0;
    for (qsizetype b = begin; b < m_bytes.size(); ++b) {
        ++counts[bytes[b]];
        signature |= quint64(1) << bitOf(bytes[b]);
    }
    m_ends.append(m_bytes.size());
    m_signatures.append(signature);
}

void FilterTexts::append(const FilterTexts &more)
{
    const qsizetype offset = m_bytes.size();
    m_bytes.append(more.m_bytes);
    m_ends.reserve(m_ends.size() + more.m_ends.size());
    for (qsizetype end : more.m_ends)
        m_ends.append(offset + end);
    m_signatures.append(more.m_signatures);
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
    const quint64 signature = m_signatures.at(row);
    for (const Word &w : words) {
        if ((signature & w.signature) != w.signature)
            return false;
        if (!w.signatureIsExact && !holds(text, size, w))
            return false;
    }
    return true;
}
