#include "exemption.h"

#include <QCoreApplication>

#include "jsonreader.h"
#include "rulesengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
// "*" as the application exempts the rule everywhere, account-level findings included.
const QString kAnyApplication = u"*"_s;
} // namespace

Result<ExemptionList> ExemptionList::fromJson(const QByteArray &bytes)
{
    const auto doc = JsonReader::parse(bytes, u"exemptions"_s, 16 * 1024 * 1024);
    if (!doc)
        return Result<ExemptionList>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    ExemptionList list;
    const QStringList rules = RulesEngine::ruleIds();
    if (root.checkArray()) {
        for (int i = 0; i < root.size() && reader.ok(); ++i) {
            const JsonNode item = root.at(i);
            if (!item.checkObject())
                break;
            Exemption e;
            e.rule = item.field("rule"_L1).oneOf(rules);
            const JsonNode app = item.field("application"_L1);
            e.application = app.string();
            e.service = item.field("service"_L1).optionalString();
            const JsonNode reason = item.field("reason"_L1);
            e.reason = reason.string();
            e.expires = item.field("expires"_L1).optionalTimestamp();
            if (!reader.ok())
                break;
            if (e.application.isEmpty())
                app.fail(QCoreApplication::translate("ExemptionList",
                                                     "must name an application, or \"*\" for all"));
            else if (e.reason.trimmed().isEmpty())
                reason.fail(QCoreApplication::translate("ExemptionList",
                                                        "must say why the finding is accepted"));
            list.m_items.append(e);
        }
    }
    if (!reader.ok())
        return Result<ExemptionList>::failure(reader.error());
    return list;
}

Result<ExemptionList> ExemptionList::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return ExemptionList();
    if (!file.open(QIODevice::ReadOnly))
        return Result<ExemptionList>::failure(
            QCoreApplication::translate("ExemptionList", "cannot read the exemptions file %1: %2")
                .arg(path, file.errorString()));
    auto list = fromJson(file.readAll());
    if (!list)
        return Result<ExemptionList>::failure(path + u": "_s + list.error());
    return list;
}

QByteArray ExemptionList::toJson() const
{
    QJsonArray array;
    for (const Exemption &e : m_items) {
        QJsonObject o{{u"rule"_s, e.rule}, {u"application"_s, e.application}};
        if (!e.service.isEmpty())
            o.insert(u"service"_s, e.service);
        o.insert(u"reason"_s, e.reason);
        if (e.expires.isValid())
            o.insert(u"expires"_s, e.expires.toUTC().toString(Qt::ISODate));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Status ExemptionList::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("ExemptionList", "cannot write the exemptions file %1: %2")
                .arg(path, file.errorString()));
    file.write(toJson());
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("ExemptionList", "cannot write the exemptions file %1: %2")
                .arg(path, file.errorString()));
    return success();
}

void ExemptionList::add(const Exemption &e)
{
    for (Exemption &existing : m_items) {
        if (existing.rule == e.rule && existing.application == e.application &&
            existing.service == e.service) {
            existing = e;
            return;
        }
    }
    m_items.append(e);
}

bool ExemptionList::remove(const QString &rule, const QString &application, const QString &service)
{
    return m_items.removeIf([&](const Exemption &e) {
        return e.rule == rule && e.application == application && e.service == service;
    }) > 0;
}

const Exemption *ExemptionList::match(const Finding &f, const QDateTime &now) const
{
    for (const Exemption &e : m_items) {
        if (e.rule != f.rule)
            continue;
        if (e.application != kAnyApplication && e.application != f.application)
            continue;
        if (!e.service.isEmpty() && e.service != f.service)
            continue;
        if (e.expires.isValid() && e.expires <= now)
            continue;
        return &e;
    }
    return nullptr;
}
