#include "feedreader.h"

#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace FeedReader {

namespace {

constexpr auto kAtomNs = "http://www.w3.org/2005/Atom";

QString fail(const QXmlStreamReader &xml, const QString &what)
{
    return u"feed, line %1: %2"_s.arg(xml.lineNumber()).arg(what);
}

// Reads the text of the current element (its children's text too, for XHTML content).
QString elementText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

bool readRss(QXmlStreamReader &xml, FeedDocument &doc, QString &error)
{
    doc.format = FeedDocument::Format::Rss;
    bool inChannel = false;
    FeedEntry entry;
    bool inItem = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == "item"_L1 && inItem) {
                inItem = false;
                if (entry.id.isEmpty())
                    entry.id = entry.link;
                if (doc.entries.size() < maxEntries)
                    doc.entries.append(entry);
            } else if (xml.name() == "channel"_L1) {
                inChannel = false;
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (!xml.namespaceUri().isEmpty()) {
            xml.skipCurrentElement(); // extensions (atom:link, dc:creator, …) are not read
            continue;
        }
        const auto name = xml.name();
        if (name == "channel"_L1) {
            inChannel = true;
        } else if (name == "item"_L1) {
            if (!inChannel) {
                error = fail(xml, u"<item> outside <channel>"_s);
                return false;
            }
            inItem = true;
            entry = FeedEntry();
        } else if (name == "title"_L1 || name == "link"_L1 || name == "description"_L1 ||
                   name == "guid"_L1 || name == "pubDate"_L1 || name == "lastBuildDate"_L1) {
            const QString elementName = name.toString();
            const QString text = elementText(xml);
            if (elementName == "pubDate"_L1 || elementName == "lastBuildDate"_L1) {
                const QDateTime t = parseRfc822(text);
                if (!t.isValid()) {
                    error = fail(xml, u"<%1>: \"%2\" is not an RFC 822 date"_s.arg(elementName,
                                                                                   text.left(80)));
                    return false;
                }
                if (inItem && elementName == "pubDate"_L1)
                    entry.published = t;
                else if (!inItem && (!doc.updated.isValid() || t > doc.updated))
                    doc.updated = t;
            } else if (inItem) {
                if (elementName == "title"_L1)
                    entry.title = text;
                else if (elementName == "link"_L1)
                    entry.link = text;
                else if (elementName == "description"_L1)
                    entry.summary = text;
                else
                    entry.id = text;
            } else if (inChannel) {
                if (elementName == "title"_L1)
                    doc.title = text;
                else if (elementName == "link"_L1)
                    doc.link = text;
            }
        } else if (inItem || inChannel) {
            xml.skipCurrentElement();
        }
    }
    return true;
}

bool readAtom(QXmlStreamReader &xml, FeedDocument &doc, QString &error)
{
    doc.format = FeedDocument::Format::Atom;
    FeedEntry entry;
    bool inEntry = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (xml.name() == "entry"_L1 && inEntry) {
                inEntry = false;
                if (entry.id.isEmpty())
                    entry.id = entry.link;
                if (doc.entries.size() < maxEntries)
                    doc.entries.append(entry);
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.namespaceUri() != QLatin1StringView(kAtomNs)) {
            xml.skipCurrentElement();
            continue;
        }
        const QString name = xml.name().toString();
        if (name == "entry"_L1) {
            inEntry = true;
            entry = FeedEntry();
        } else if (name == "link"_L1) {
            const QString rel = xml.attributes().value("rel"_L1).toString();
            const QString href = xml.attributes().value("href"_L1).toString();
            if (rel.isEmpty() || rel == "alternate"_L1) {
                if (inEntry)
                    entry.link = href;
                else
                    doc.link = href;
            }
            xml.skipCurrentElement();
        } else if (name == "updated"_L1 || name == "published"_L1) {
            const QString text = elementText(xml);
            const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (!t.isValid()) {
                error =
                    fail(xml, u"<%1>: \"%2\" is not an RFC 3339 date"_s.arg(name, text.left(80)));
                return false;
            }
            if (inEntry) {
                if (name == "published"_L1 || !entry.published.isValid())
                    entry.published = t.toUTC();
            } else {
                doc.updated = t.toUTC();
            }
        } else if (name == "title"_L1 || name == "id"_L1 || name == "summary"_L1 ||
                   name == "content"_L1) {
            const QString text = elementText(xml);
            if (inEntry) {
                if (name == "title"_L1)
                    entry.title = text;
                else if (name == "id"_L1)
                    entry.id = text;
                else if (name == "summary"_L1 || entry.summary.isEmpty())
                    entry.summary = text;
            } else if (name == "title"_L1) {
                doc.title = text;
            }
        }
    }
    return true;
}

const QHash<QString, QString> &zoneOffsets()
{
    static const QHash<QString, QString> zones{
        {u"GMT"_s, u"+0000"_s}, {u"UT"_s, u"+0000"_s},  {u"UTC"_s, u"+0000"_s},
        {u"Z"_s, u"+0000"_s},   {u"EST"_s, u"-0500"_s}, {u"EDT"_s, u"-0400"_s},
        {u"CST"_s, u"-0600"_s}, {u"CDT"_s, u"-0500"_s}, {u"MST"_s, u"-0700"_s},
        {u"MDT"_s, u"-0600"_s}, {u"PST"_s, u"-0800"_s}, {u"PDT"_s, u"-0700"_s}};
    return zones;
}

} // namespace

QDateTime parseRfc822(const QString &text)
{
    QString t = text.simplified();
    const qsizetype space = t.lastIndexOf(u' ');
    if (space > 0) {
        const QString zone = t.mid(space + 1);
        const auto it = zoneOffsets().constFind(zone);
        if (it != zoneOffsets().cend())
            t = t.left(space + 1) + *it;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::RFC2822Date);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QString formatName(FeedDocument::Format format)
{
    return format == FeedDocument::Format::Atom ? u"atom"_s : u"rss"_s;
}

Result<FeedDocument> read(const QByteArray &body)
{
    if (body.size() > maxFeedBytes)
        return Result<FeedDocument>::failure(
            u"feed: %1 bytes, more than the %2 accepted"_s.arg(body.size()).arg(maxFeedBytes));
    QXmlStreamReader xml(body);
    FeedDocument doc;
    QString error;
    bool read = false;
    while (!xml.atEnd() && !read) {
        xml.readNext();
        if (xml.isDTD())
            return Result<FeedDocument>::failure(u"feed: a DTD is not accepted"_s);
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "rss"_L1 && xml.namespaceUri().isEmpty()) {
            const QString version = xml.attributes().value("version"_L1).toString();
            if (!version.startsWith(u"2."_s) && !version.startsWith(u"0.9"_s))
                return Result<FeedDocument>::failure(
                    u"feed: RSS version \"%1\" is not read (2.0 is)"_s.arg(version.left(20)));
            if (!readRss(xml, doc, error))
                return Result<FeedDocument>::failure(error);
        } else if (xml.name() == "feed"_L1 && xml.namespaceUri() == QLatin1StringView(kAtomNs)) {
            if (!readAtom(xml, doc, error))
                return Result<FeedDocument>::failure(error);
        } else {
            return Result<FeedDocument>::failure(
                u"feed: the document is <%1>, neither RSS 2.0 (<rss>) nor Atom (<feed>)"_s.arg(
                    xml.name().toString().left(40)));
        }
        read = true;
    }
    if (xml.hasError())
        return Result<FeedDocument>::failure(
            u"feed, line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString()));
    if (!read)
        return Result<FeedDocument>::failure(u"feed: empty document"_s);
    std::stable_sort(
        doc.entries.begin(), doc.entries.end(),
        [](const FeedEntry &a, const FeedEntry &b) { return a.published > b.published; });
    return doc;
}

} // namespace FeedReader
