#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

bool TsMessage::finished() const
{
    if (type == u"unfinished"_s || forms.isEmpty())
        return false;
    for (const QString &form : forms)
        if (form.isEmpty())
            return false;
    return true;
}

QString TsMessage::label() const
{
    return u"[%1] \"%2\""_s.arg(context, source);
}

TsFile TsFile::read(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot read %1"_s.arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == "message"_L1)
                ts.messages.append(message);
            continue;
        }
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (!message.numerus) {
                const QString text = xml.readElementText();
                if (!text.isEmpty())
                    message.forms.append(text);
            }
        } else if (name == "numerusform"_L1) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text)) {
        const QString p = u"%"_s + match.captured(1);
        if (!found.contains(p))
            found.append(p);
    }
    found.sort();
    return found;
}
