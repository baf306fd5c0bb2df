#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

// Lower-case texts, one per row, that the words typed into a filter box are looked for in: a row
// matches when it holds every word. Kept as one UTF-8 buffer and searched byte-wise, because a
// keystroke tests hundreds of thousands of rows: half the memory of a QString per row, and the C
// library's substring search. (UTF-8 is self-synchronising: a word's bytes occur in a text's
// bytes exactly where the word occurs in the text.)
class FilterTexts
{
public:
    // The words a row must hold, as the texts hold them, each with the byte that is searched
    // for first: the one of its bytes that is the rarest in the texts ("ap": the "p"), so that
    // the search stops at few places that then do not hold the word.
    struct Word
    {
        QByteArray bytes;
        qsizetype pivot = 0;
        quint64 signature = 0;         // of its bytes: a row without all of them does not hold it
        bool signatureIsExact = false; // one ASCII letter or digit: the signature says it all
    };
    using Words = QList<Word>;
    Words wordsOf(const QStringList &lowerCaseWords) const;

    void reserve(qsizetype rows);
    // One row of these parts, lower-cased and separated by a space: the ASCII straight into the
    // buffer, the rest through QString::toLower (the rows of a large account, written once).
    void appendLowered(std::initializer_list<QStringView> parts);
    void append(const FilterTexts &more);

    qsizetype size() const { return m_ends.size(); }
    bool isEmpty() const { return m_ends.isEmpty(); }
    QString text(qsizetype row) const;
    // Whether the row's text holds every word (an empty text holds none).
    bool containsAll(qsizetype row, const Words &words) const;

    // Which bytes occur in a text, one bit for each ASCII letter and digit, the other bytes
    // sharing the rest: a word whose bits a row lacks is not searched for in it. The first
    // letter typed is answered from these alone.
    static quint64 signatureOf(const char *bytes, qsizetype size);

private:
    QByteArray m_bytes;
    QList<quint64> m_signatures; // one per row
    QList<qsizetype>
        m_ends; // where each row's text ends in m_bytes (it starts where the last ended)
    QList<qsizetype> m_byteCounts = QList<qsizetype>(256, 0); // how often each byte occurs
};
