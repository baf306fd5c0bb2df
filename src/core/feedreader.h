#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// RSS 2.0 and Atom (RFC 4287) feeds, as most status pages and cloud providers publish them
// beside their page. Strict about what is read: the document must be one of the two, dates must
// parse (RFC 822 for RSS, RFC 3339 for Atom), the size is capped; a bad feed is an error naming
// the element. Texts are kept as the feed wrote them (markup included): callers show them as
// plain text.
struct FeedEntry
{
    QString id; // guid / id, else the link
    QString title;
    QString link;
    QDateTime published; // UTC; invalid when the feed gives none
    QString summary;
};

struct FeedDocument
{
    enum class Format
    {
        Rss,
        Atom
    };
    Format format = Format::Rss;
    QString title;
    QString link;
    QDateTime updated;
    QList<FeedEntry> entries; // newest first
};

namespace FeedReader {

constexpr qint64 maxFeedBytes = 4 * 1024 * 1024;
constexpr int maxEntries = 200;

Result<FeedDocument> read(const QByteArray &body);
// An RSS date ("Tue, 03 Jun 2003 09:39:21 GMT", "+0200", "EST"); invalid when unreadable.
QDateTime parseRfc822(const QString &text);
QString formatName(FeedDocument::Format format); // "rss" / "atom"

} // namespace FeedReader
