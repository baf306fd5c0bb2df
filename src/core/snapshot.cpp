#include "snapshot.h"

#include "checkedfile.h"
#include "jsonout.h"
#include "jsonreader.h"
#include "platformwire.h"
#include "snapshotfastreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Snapshot {

namespace {

const auto kFormatName = "scaling-advisor-snapshot"_L1;

// The snapshot-only field of a service: why its detail could not be read.
void readFetchErrors(const JsonNode &appNode, Application &app)
{
    const JsonNode services = appNode.field("services"_L1);
    const int n = std::min(services.size(), int(app.services.size()));
    for (int i = 0; i < n; ++i) {
        const JsonNode svc = services.at(i);
        if (svc.has("fetch_error"_L1))
            app.services[i].fetchError = svc.field("fetch_error"_L1).optionalString();
    }
}

} // namespace

QByteArray toJson(const Inventory &inventory)
{
    // Written straight into bytes with the PlatformWire writers: a large account never exists
    // twice in memory (as an Inventory and as a QJsonDocument), nor costs the time of building one.
    JsonOut out(qsizetype(inventory.instanceCount()) * 300 + inventory.serviceCount() * 150 + 4096,
                JsonOut::Layout::Compact);
    out.beginObject();
    out.field("format", QString(kFormatName));
    out.field("format_version", formatVersion);
    out.key("fetched_at");
    if (inventory.fetchedAt.isValid())
        out.value(inventory.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    else
        out.null();
    out.field("source", inventory.source);
    out.key("user");
    PlatformWire::write(out, inventory.user);
    out.key("viewer");
    if (inventory.viewer.isEmpty())
        out.null();
    else
        out.value(inventory.viewer);
    out.key("datacenters");
    out.beginArray();
    for (const Datacenter &dc : inventory.datacenters)
        PlatformWire::write(out, dc);
    out.endArray();
    out.key("applications");
    out.beginArray();
    for (const Application &app : inventory.applications)
        PlatformWire::writeWithDetails(out, app, [](JsonOut &service, const Service &svc) {
            if (!svc.fetchError.isEmpty())
                service.field("fetch_error", svc.fetchError);
        });
    out.endArray();
    out.key("errors");
    out.beginArray();
    for (const FetchError &e : inventory.errors) {
        out.beginObject();
        out.field("application", e.application);
        out.field("service", e.service);
        out.field("error", e.error);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.take();
}

Result<Inventory> fromJson(const QByteArray &bytes)
{
    if (bytes.size() <= maxBytes)
        if (std::optional<Inventory> fast = SnapshotFastReader::read(bytes))
            return std::move(*fast);
    return fromJsonDocument(bytes);
}

Result<Inventory> fromJsonDocument(const QByteArray &bytes)
{
    const auto doc = JsonReader::parse(bytes, u"snapshot"_s, maxBytes);
    if (!doc)
        return Result<Inventory>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    Inventory inv;
    if (!root.checkObject())
        return Result<Inventory>::failure(u"snapshot: "_s + reader.error());
    const JsonNode format = root.field("format"_L1);
    if (format.string() != kFormatName && reader.ok())
        format.fail(u"not a Scaling Advisor snapshot"_s);
    if (!reader.ok())
        return Result<Inventory>::failure(u"snapshot: "_s + reader.error());
    const JsonNode version = root.field("format_version"_L1);
    const qint64 v = version.integer(1, 1'000'000);
    if (reader.ok() && v != formatVersion)
        version.fail(u"version %1 is not supported (this build reads version %2)"_s.arg(v).arg(
            formatVersion));
    if (!reader.ok())
        return Result<Inventory>::failure(u"snapshot: "_s + reader.error());

    inv.fetchedAt = root.field("fetched_at"_L1).optionalTimestamp();
    inv.source = root.field("source"_L1).optionalString();
    const JsonNode user = root.field("user"_L1);
    if (user.checkObject())
        inv.user = PlatformWire::readUserNode(user);
    inv.viewer = root.field("viewer"_L1).optionalString();
    const JsonNode datacenters = root.field("datacenters"_L1);
    if (datacenters.checkArray(JsonNode::Absent::Empty)) {
        for (int i = 0; i < datacenters.size() && reader.ok(); ++i) {
            const JsonNode dc = datacenters.at(i);
            if (dc.checkObject())
                inv.datacenters.append(PlatformWire::readDatacenterNode(dc));
        }
    }
    const JsonNode applications = root.field("applications"_L1);
    if (applications.checkArray()) {
        const int n = applications.size();
        inv.applications.reserve(n);
        for (int i = 0; i < n && reader.ok(); ++i) {
            const JsonNode app = applications.at(i);
            if (!app.checkObject())
                break;
            Application a = PlatformWire::readApplicationNode(app);
            readFetchErrors(app, a);
            inv.applications.append(std::move(a));
        }
    }
    const JsonNode errors = root.field("errors"_L1);
    if (errors.checkArray(JsonNode::Absent::Empty)) {
        for (int i = 0; i < errors.size() && reader.ok(); ++i) {
            const JsonNode e = errors.at(i);
            if (!e.checkObject())
                break;
            FetchError fe;
            fe.application = e.field("application"_L1).string();
            fe.service = e.field("service"_L1).optionalString();
            fe.error = e.field("error"_L1).string();
            inv.errors.append(fe);
        }
    }
    if (!reader.ok())
        return Result<Inventory>::failure(u"snapshot: "_s + reader.error());
    return inv;
}

Status write(const Inventory &inventory, const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Status::failure(
            QCoreApplication::translate("Snapshot", "cannot create the folder %1")
                .arg(info.absolutePath()));
    // Checked: the OS's reason on failure, a device node written in place, never replaced.
    return CheckedFile::write(path, toJson(inventory));
}

Result<Inventory> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Inventory>::failure(
            u"cannot read the snapshot %1: %2"_s.arg(path, file.errorString()));
    if (file.size() > maxBytes)
        return Result<Inventory>::failure(
            u"%1: %2 bytes is more than the %3-byte limit for a snapshot"_s.arg(path)
                .arg(file.size())
                .arg(maxBytes));
    auto inv = fromJson(file.readAll());
    if (!inv)
        return Result<Inventory>::failure(path + u": "_s + inv.error());
    inv.value().source = path; // reports say where this audit's data came from: this file
    return inv;
}

QString cachePath(const QString &apiUrl, const QString &username)
{
    // A hash keeps any URL and user name safe as a file name; the readable prefix helps a human.
    const QByteArray key = (apiUrl + u'\n' + username).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    QString readable = username;
    readable.replace(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), u"_"_s);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base + u"/snapshots/"_s + readable.left(40) + u'-' + hash + u".json"_s;
}

} // namespace Snapshot
