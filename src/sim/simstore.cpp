#include "simstore.h"

#include "simlogging.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSchemaVersion = 1;

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"sim-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Status sqlFailure(const QString &what, const QSqlError &error)
{
    return Status::failure(u"database: %1: %2"_s.arg(what, error.text()));
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlFailure(sql.left(40), q.lastError());
    return success();
}

QString portsToText(const QList<InstancePort> &ports)
{
    QJsonArray array;
    for (const InstancePort &p : ports)
        array.append(QJsonObject{{u"name"_s, p.name}, {u"url"_s, p.url}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<InstancePort> portsFromText(const QString &text)
{
    QList<InstancePort> ports;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        ports.append({v[u"name"_s].toString(), v[u"url"_s].toString()});
    return ports;
}

QString listToText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

QString timeToText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

} // namespace

SimStore::SimStore()
    : m_connection(newConnectionName())
{}

SimStore::~SimStore()
{
    if (m_open)
        database().close();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase SimStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Status SimStore::openConnection(const QString &connection, const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(file.isEmpty() ? u":memory:"_s : file);
    if (!db.open())
        return sqlFailure(u"cannot open %1"_s.arg(file.isEmpty() ? u"memory"_s : file),
                          db.lastError());
    return success();
}

Status SimStore::open(const QString &databaseFile, const std::optional<Dataset> &dataset)
{
    m_file = databaseFile;
    if (databaseFile.isEmpty()) {
        if (!dataset)
            return Status::failure(u"no dataset and no database to serve"_s);
        if (Status s = openConnection(m_connection, {}); !s)
            return s;
        m_open = true;
        QSqlDatabase db = database();
        return writeAll(db, *dataset);
    }

    if (dataset) {
        // Fill a file beside the target, then swap it in: the target stays whole until then.
        const QString loading = databaseFile + u".loading"_s;
        QFile::remove(loading);
        const QString loadConnection = m_connection + u"-loading"_s;
        Status written = openConnection(loadConnection, loading);
        if (written) {
            QSqlDatabase db = QSqlDatabase::database(loadConnection, false);
            written = writeAll(db, *dataset);
            db.close();
        }
        QSqlDatabase::removeDatabase(loadConnection);
        if (!written) {
            QFile::remove(loading);
            return written;
        }
        if (std::rename(QFile::encodeName(loading).constData(),
                        QFile::encodeName(databaseFile).constData()) != 0) {
            QFile::remove(loading);
            return Status::failure(u"cannot replace the database %1"_s.arg(databaseFile));
        }
    } else if (!QFileInfo::exists(databaseFile)) {
        return Status::failure(
            u"no dataset given and the database %1 does not exist"_s.arg(databaseFile));
    }

    if (Status s = openConnection(m_connection, databaseFile); !s)
        return s;
    m_open = true;
    QSqlQuery q(database());
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema'"_s) || !q.next() ||
        q.value(0).toInt() != kSchemaVersion)
        return Status::failure(u"%1 is not a platform-sim database (schema %2)"_s.arg(databaseFile)
                                   .arg(kSchemaVersion));
    return success();
}

Status SimStore::createSchema(QSqlDatabase &db)
{
    const QStringList statements = {
        u"DROP TABLE IF EXISTS meta"_s,
        u"DROP TABLE IF EXISTS datacenters"_s,
        u"DROP TABLE IF EXISTS users"_s,
        u"DROP TABLE IF EXISTS applications"_s,
        u"DROP TABLE IF EXISTS services"_s,
        u"DROP TABLE IF EXISTS instances"_s,
        u"DROP TABLE IF EXISTS status_updates"_s,
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"CREATE TABLE datacenters (position INTEGER, name TEXT PRIMARY KEY, provider TEXT, "
        "region TEXT, zone TEXT)"_s,
        u"CREATE TABLE users (position INTEGER, username TEXT PRIMARY KEY, first_name TEXT, "
        "last_name TEXT, role TEXT, password TEXT, api_key TEXT)"_s,
        u"CREATE TABLE applications (position INTEGER, username TEXT, name TEXT, flavor TEXT, "
        "created_at TEXT, PRIMARY KEY (username, name))"_s,
        u"CREATE TABLE services (position INTEGER, username TEXT, application TEXT, name TEXT, "
        "service_type TEXT, reserved_memory INTEGER, domains TEXT, "
        "PRIMARY KEY (username, application, name))"_s,
        u"CREATE TABLE instances (username TEXT, application TEXT, service TEXT, "
        "position INTEGER, instance_id INTEGER, datacenter TEXT, host TEXT, container_name TEXT, "
        "image_version TEXT, revision TEXT, status TEXT, role TEXT, ports TEXT, "
        "PRIMARY KEY (username, application, service, position))"_s,
        u"CREATE TABLE status_updates (id INTEGER PRIMARY KEY, created_at TEXT, incident_id TEXT, "
        "incident_name TEXT, incident_status TEXT, impact TEXT, body TEXT, affected TEXT)"_s,
    };
    for (const QString &sql : statements)
        if (Status s = exec(db, sql); !s)
            return s;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO meta (key, value) VALUES ('schema', ?)"_s);
    q.addBindValue(kSchemaVersion);
    if (!q.exec())
        return sqlFailure(u"schema"_s, q.lastError());
    return success();
}

Status SimStore::writeInstances(QSqlDatabase &db, const QString &username,
                                const QString &application, const Service &service)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO instances (username, application, service, position, instance_id, "
              "datacenter, host, container_name, image_version, revision, status, role, ports) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < service.instances.size(); ++i) {
        const Instance &inst = service.instances[i];
        q.addBindValue(username);
        q.addBindValue(application);
        q.addBindValue(service.name);
        q.addBindValue(i);
        q.addBindValue(inst.instanceId);
        q.addBindValue(inst.datacenter);
        q.addBindValue(inst.host);
        q.addBindValue(inst.containerName);
        q.addBindValue(inst.imageVersion);
        q.addBindValue(inst.revision);
        q.addBindValue(inst.status);
        q.addBindValue(inst.role);
        q.addBindValue(portsToText(inst.ports));
        if (!q.exec())
            return sqlFailure(u"instances"_s, q.lastError());
    }
    return success();
}

Status SimStore::writeStatus(QSqlDatabase &db, const PlatformStatus &status)
{
    if (Status s = exec(db, u"DELETE FROM status_updates"_s); !s)
        return s;
    if (Status s = exec(db, u"DELETE FROM meta WHERE key LIKE 'status.%'"_s); !s)
        return s;
    QSqlQuery meta(db);
    meta.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
    const QList<std::pair<QString, QString>> values = {
        {u"status.indicator"_s, status.indicator},
        {u"status.description"_s, status.description},
        {u"status.outage"_s, status.outage ? u"1"_s : u"0"_s},
        {u"status.updated_at"_s, timeToText(status.updatedAt)}};
    for (const auto &[key, value] : values) {
        meta.addBindValue(key);
        meta.addBindValue(value);
        if (!meta.exec())
            return sqlFailure(u"status"_s, meta.lastError());
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO status_updates (id, created_at, incident_id, incident_name, "
              "incident_status, impact, body, affected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const StatusUpdate &u : status.updates) {
        q.addBindValue(u.id);
        q.addBindValue(timeToText(u.createdAt));
        q.addBindValue(u.incidentId);
        q.addBindValue(u.incidentName);
        q.addBindValue(u.incidentStatus);
        q.addBindValue(u.impact);
        q.addBindValue(u.body);
        q.addBindValue(listToText(u.affected));
        if (!q.exec())
            return sqlFailure(u"status updates"_s, q.lastError());
    }
    return success();
}

Status SimStore::writeAll(QSqlDatabase &db, const Dataset &dataset)
{
    if (!db.transaction())
        return sqlFailure(u"begin"_s, db.lastError());
    auto fail = [&db](Status s) {
        db.rollback();
        return s;
    };
    if (Status s = createSchema(db); !s)
        return fail(s);
    QSqlQuery dcq(db);
    dcq.prepare(u"INSERT INTO datacenters (position, name, provider, region, zone) "
                "VALUES (?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < dataset.datacenters.size(); ++i) {
        const Datacenter &dc = dataset.datacenters[i];
        dcq.addBindValue(i);
        dcq.addBindValue(dc.name);
        dcq.addBindValue(dc.provider);
        dcq.addBindValue(dc.region);
        dcq.addBindValue(dc.zone);
        if (!dcq.exec())
            return fail(sqlFailure(u"datacenters"_s, dcq.lastError()));
    }
    QSqlQuery uq(db);
    uq.prepare(u"INSERT INTO users (position, username, first_name, last_name, role, password, "
               "api_key) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery aq(db);
    aq.prepare(u"INSERT INTO applications (position, username, name, flavor, created_at) "
               "VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery sq(db);
    sq.prepare(u"INSERT INTO services (position, username, application, name, service_type, "
               "reserved_memory, domains) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < dataset.users.size(); ++i) {
        const DatasetUser &u = dataset.users[i];
        uq.addBindValue(i);
        uq.addBindValue(u.user.username);
        uq.addBindValue(u.user.firstName);
        uq.addBindValue(u.user.lastName);
        uq.addBindValue(u.user.role);
        uq.addBindValue(u.password);
        uq.addBindValue(u.apiKey);
        if (!uq.exec())
            return fail(sqlFailure(u"users"_s, uq.lastError()));
        for (int a = 0; a < u.applications.size(); ++a) {
            const Application &app = u.applications[a];
            aq.addBindValue(a);
            aq.addBindValue(u.user.username);
            aq.addBindValue(app.name);
            aq.addBindValue(app.flavor);
            aq.addBindValue(timeToText(app.createdAt));
            if (!aq.exec())
                return fail(sqlFailure(u"applications"_s, aq.lastError()));
            for (int s = 0; s < app.services.size(); ++s) {
                const Service &svc = app.services[s];
                sq.addBindValue(s);
                sq.addBindValue(u.user.username);
                sq.addBindValue(app.name);
                sq.addBindValue(svc.name);
                sq.addBindValue(svc.serviceType);
                sq.addBindValue(svc.reservedMemory);
                sq.addBindValue(listToText(svc.domains));
                if (!sq.exec())
                    return fail(sqlFailure(u"services"_s, sq.lastError()));
                if (Status st = writeInstances(db, u.user.username, app.name, svc); !st)
                    return fail(st);
            }
        }
    }
    if (Status s = writeStatus(db, dataset.status); !s)
        return fail(s);
    if (!db.commit())
        return fail(sqlFailure(u"commit"_s, db.lastError()));
    return success();
}

Status SimStore::replaceAll(const Dataset &dataset)
{
    QSqlDatabase db = database();
    return writeAll(db, dataset);
}

Status SimStore::saveService(const QString &username, const QString &application,
                             const Service &service)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(u"begin"_s, db.lastError());
    QSqlQuery q(db);
    q.prepare(u"UPDATE services SET reserved_memory = ? WHERE username = ? AND application = ? "
              "AND name = ?"_s);
    q.addBindValue(service.reservedMemory);
    q.addBindValue(username);
    q.addBindValue(application);
    q.addBindValue(service.name);
    if (!q.exec()) {
        db.rollback();
        return sqlFailure(u"services"_s, q.lastError());
    }
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM instances WHERE username = ? AND application = ? AND service = ?"_s);
    del.addBindValue(username);
    del.addBindValue(application);
    del.addBindValue(service.name);
    if (!del.exec()) {
        db.rollback();
        return sqlFailure(u"instances"_s, del.lastError());
    }
    if (Status s = writeInstances(db, username, application, service); !s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return sqlFailure(u"commit"_s, db.lastError());
    return success();
}

Status SimStore::saveStatus(const PlatformStatus &status)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlFailure(u"begin"_s, db.lastError());
    if (Status s = writeStatus(db, status); !s) {
        db.rollback();
        return s;
    }
    if (!db.commit())
        return sqlFailure(u"commit"_s, db.lastError());
    return success();
}

Result<Dataset> SimStore::load() const
{
    const QSqlDatabase db = database();
    Dataset dataset;
    auto failed = [](const QSqlQuery &q) {
        return Result<Dataset>::failure(u"database: %1"_s.arg(q.lastError().text()));
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, provider, region, zone FROM datacenters ORDER BY position"_s))
        return failed(q);
    while (q.next())
        dataset.datacenters.append({q.value(0).toString(), q.value(1).toString(),
                                    q.value(2).toString(), q.value(3).toString()});

    QHash<QString, int> userIndex;
    if (!q.exec(u"SELECT username, first_name, last_name, role, password, api_key FROM users "
                "ORDER BY position"_s))
        return failed(q);
    while (q.next()) {
        DatasetUser u;
        u.user.username = q.value(0).toString();
        u.user.firstName = q.value(1).toString();
        u.user.lastName = q.value(2).toString();
        u.user.role = q.value(3).toString();
        u.password = q.value(4).toString();
        u.apiKey = q.value(5).toString();
        userIndex.insert(u.user.username, int(dataset.users.size()));
        dataset.users.append(u);
    }

    // Keyed "user\napp" and "user\napp\nservice".
    QHash<QString, std::pair<int, int>> appIndex;
    if (!q.exec(u"SELECT username, name, flavor, created_at FROM applications "
                "ORDER BY username, position"_s))
        return failed(q);
    while (q.next()) {
        const QString username = q.value(0).toString();
        const int ui = userIndex.value(username, -1);
        if (ui < 0)
            continue;
        Application app;
        app.name = q.value(1).toString();
        app.flavor = q.value(2).toString();
        app.createdAt = timeFromText(q.value(3).toString());
        ApplicationList &apps = dataset.users[ui].applications;
        appIndex.insert(username + u'\n' + app.name, {ui, int(apps.size())});
        apps.append(app);
    }

    QHash<QString, Service *> serviceIndex;
    if (!q.exec(u"SELECT username, application, name, service_type, reserved_memory, domains "
                "FROM services ORDER BY username, application, position"_s))
        return failed(q);
    while (q.next()) {
        const QString key = q.value(0).toString() + u'\n' + q.value(1).toString();
        const auto it = appIndex.constFind(key);
        if (it == appIndex.constEnd())
            continue;
        Service svc;
        svc.name = q.value(2).toString();
        svc.serviceType = q.value(3).toString();
        svc.reservedMemory = q.value(4).toLongLong();
        svc.domains = listFromText(q.value(5).toString());
        svc.detailLoaded = true;
        dataset.users[it->first].applications[it->second].services.append(svc);
    }
    // Pointers are taken once every list has its final size.
    for (DatasetUser &u : dataset.users)
        for (Application &app : u.applications)
            for (Service &svc : app.services)
                serviceIndex.insert(u.user.username + u'\n' + app.name + u'\n' + svc.name, &svc);

    if (!q.exec(u"SELECT username, application, service, instance_id, datacenter, host, "
                "container_name, image_version, revision, status, role, ports FROM instances "
                "ORDER BY username, application, service, position"_s))
        return failed(q);
    while (q.next()) {
        Service *svc = serviceIndex.value(q.value(0).toString() + u'\n' + q.value(1).toString() +
                                          u'\n' + q.value(2).toString());
        if (!svc)
            continue;
        Instance inst;
        inst.instanceId = q.value(3).toInt();
        inst.datacenter = q.value(4).toString();
        inst.host = q.value(5).toString();
        inst.containerName = q.value(6).toString();
        inst.imageVersion = q.value(7).toString();
        inst.revision = q.value(8).toString();
        inst.status = q.value(9).toString();
        inst.role = q.value(10).toString();
        inst.ports = portsFromText(q.value(11).toString());
        svc->instances.append(inst);
    }
    for (Service *svc : std::as_const(serviceIndex))
        svc->instanceCount = int(svc->instances.size());

    if (!q.exec(u"SELECT key, value FROM meta WHERE key LIKE 'status.%'"_s))
        return failed(q);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == "status.indicator"_L1)
            dataset.status.indicator = value;
        else if (key == "status.description"_L1)
            dataset.status.description = value;
        else if (key == "status.outage"_L1)
            dataset.status.outage = value == "1"_L1;
        else if (key == "status.updated_at"_L1)
            dataset.status.updatedAt = timeFromText(value);
    }
    if (!q.exec(u"SELECT id, created_at, incident_id, incident_name, incident_status, impact, "
                "body, affected FROM status_updates ORDER BY id"_s))
        return failed(q);
    while (q.next()) {
        StatusUpdate u;
        u.id = q.value(0).toInt();
        u.createdAt = timeFromText(q.value(1).toString());
        u.incidentId = q.value(2).toString();
        u.incidentName = q.value(3).toString();
        u.incidentStatus = q.value(4).toString();
        u.impact = q.value(5).toString();
        u.body = q.value(6).toString();
        u.affected = listFromText(q.value(7).toString());
        dataset.status.updates.append(u);
    }
    return dataset;
}
