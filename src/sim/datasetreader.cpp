#include "datasetreader.h"

#include "platformwire.h"
#include "statuswire.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &apiKeyPattern()
{
    static const QRegularExpression pattern(u"^\\w{20}:\\w{40}$"_s);
    return pattern;
}

// Records `"x" is a duplicate …` on the node when the name was seen before.
void checkUnique(QSet<QString> &seen, const JsonNode &node, const QString &name,
                 const QString &what)
{
    if (seen.contains(name))
        node.fail(u"duplicate %1 \"%2\""_s.arg(what, name));
    seen.insert(name);
}

class Reading
{
public:
    explicit Reading(JsonReader &reader)
        : m_reader(reader)
    {}

    Dataset read(const JsonNode &root)
    {
        Dataset dataset;
        if (!root.checkObject())
            return dataset;
        readDatacenters(root.field("datacenters"_L1), dataset);
        const JsonNode users = root.field("users"_L1);
        if (users.checkArray()) {
            QSet<QString> names;
            QSet<QString> keys;
            for (int i = 0; i < users.size() && m_reader.ok(); ++i)
                dataset.users.append(readUser(users.at(i), names, keys));
        }
        if (m_reader.ok())
            dataset.status = readStatus(root.field("status"_L1));
        if (m_reader.ok() && !m_declared)
            deriveDatacenters(dataset);
        return dataset;
    }

private:
    void readDatacenters(const JsonNode &node, Dataset &dataset)
    {
        if (node.isMissingOrNull() || !node.checkArray())
            return;
        m_declared = true;
        for (int i = 0; i < node.size() && m_reader.ok(); ++i) {
            const JsonNode dc = node.at(i);
            if (!dc.checkObject())
                return;
            const Datacenter datacenter = PlatformWire::readDatacenterNode(dc);
            checkUnique(m_datacenters, dc.field("name"_L1), datacenter.name, u"datacenter"_s);
            dataset.datacenters.append(datacenter);
        }
    }

    DatasetUser readUser(const JsonNode &node, QSet<QString> &names, QSet<QString> &keys)
    {
        DatasetUser u;
        if (!node.checkObject())
            return u;
        u.user = PlatformWire::readUserNode(node);
        checkUnique(names, node.field("username"_L1), u.user.username, u"username"_s);
        u.password = node.field("password"_L1).optionalString();
        const JsonNode key = node.field("api_key"_L1);
        u.apiKey = key.optionalString();
        if (m_reader.ok() && !u.apiKey.isEmpty()) {
            if (!apiKeyPattern().match(u.apiKey).hasMatch())
                key.fail(u"expected 20 word characters, a colon and 40 word characters"_s);
            checkUnique(keys, key, u.apiKey, u"api key"_s);
        }
        const JsonNode apps = node.field("applications"_L1);
        if (apps.checkArray(JsonNode::Absent::Empty)) {
            QSet<QString> appNames;
            for (int i = 0; i < apps.size() && m_reader.ok(); ++i) {
                const JsonNode app = apps.at(i);
                if (!app.checkObject())
                    break;
                u.applications.append(readApplication(app, u.user.username));
                checkUnique(appNames, app.field("name"_L1), u.applications.last().name,
                            u"application name"_s);
            }
        }
        return u;
    }

    Application readApplication(const JsonNode &node, const QString &username)
    {
        // Not PlatformWire::readApplicationNode: on the wire a service states its instance_count,
        // in a dataset the count is the number of instances listed.
        Application app;
        app.name = node.field("name"_L1).string();
        app.flavor = node.field("flavor"_L1).oneOf(Application::knownFlavors());
        app.createdAt = node.field("created_at"_L1).optionalTimestamp();
        const JsonNode services = node.field("services"_L1);
        if (services.checkArray(JsonNode::Absent::Empty)) {
            QSet<QString> svcNames;
            for (int i = 0; i < services.size() && m_reader.ok(); ++i) {
                const JsonNode svc = services.at(i);
                if (!svc.checkObject())
                    break;
                app.services.append(readService(svc, username, app.name));
                checkUnique(svcNames, svc.field("name"_L1), app.services.last().name,
                            u"service name"_s);
            }
        }
        return app;
    }

    Service readService(const JsonNode &node, const QString &username, const QString &appName)
    {
        Service svc;
        svc.name = node.field("name"_L1).string();
        svc.serviceType = node.field("service_type"_L1).string();
        svc.reservedMemory = node.field("reserved_memory"_L1).optionalInteger(0);
        svc.domains = PlatformWire::readDomainsNode(node.field("domains"_L1));
        svc.detailLoaded = true;
        const JsonNode instances = node.field("instances"_L1);
        if (instances.checkArray(JsonNode::Absent::Empty)) {
            QSet<QString> ids;
            for (int i = 0; i < instances.size() && m_reader.ok(); ++i) {
                const JsonNode inst = instances.at(i);
                if (!inst.checkObject())
                    break;
                Instance instance = PlatformWire::readInstanceNode(inst);
                if (!m_reader.ok())
                    break;
                checkUnique(ids, inst.field("instance_id"_L1), QString::number(instance.instanceId),
                            u"instance_id"_s);
                const JsonNode dc = inst.field("datacenter"_L1);
                if (instance.datacenter.isEmpty())
                    dc.fail(u"missing"_s);
                else if (m_declared && !m_datacenters.contains(instance.datacenter))
                    dc.fail(u"\"%1\" is not a declared datacenter"_s.arg(instance.datacenter));
                if (instance.containerName.isEmpty())
                    instance.containerName =
                        u"%1-%2-%3.%4"_s.arg(username, appName, svc.name).arg(instance.instanceId);
                svc.instances.append(instance);
            }
        }
        svc.instanceCount = int(svc.instances.size());
        const JsonNode count = node.field("instance_count"_L1);
        if (m_reader.ok() && !count.isMissingOrNull()) {
            const qint64 declared = count.integer(0, 1'000'000);
            if (m_reader.ok() && declared != svc.instanceCount)
                count.fail(u"%1 does not match the %2 instances listed"_s.arg(declared).arg(
                    svc.instanceCount));
        }
        return svc;
    }

    PlatformStatus readStatus(const JsonNode &node)
    {
        PlatformStatus status;
        if (node.isMissingOrNull() || !node.checkObject())
            return status;
        status.indicator =
            node.field("indicator"_L1).optionalOneOf(PlatformStatus::indicators(), u"none"_s);
        status.description =
            node.field("description"_L1).optionalString(PlatformStatus::describe(status.indicator));
        status.outage =
            node.field("outage"_L1).optionalBoolean(PlatformStatus::outageFor(status.indicator));
        status.updatedAt = node.field("updated_at"_L1).optionalTimestamp();
        const JsonNode updates = node.field("updates"_L1);
        if (updates.checkArray(JsonNode::Absent::Empty)) {
            QSet<QString> ids;
            for (int i = 0; i < updates.size() && m_reader.ok(); ++i) {
                const JsonNode u = updates.at(i);
                if (!u.checkObject())
                    break;
                // The status feed's own node reader; ids must be integers here (since=ID).
                const int id = int(u.field("id"_L1).integer(1, 1'000'000'000));
                const StatusUpdate update =
                    StatusUpdate::fromIncidentUpdate(StatusWire::readUpdateNode(u), id);
                checkUnique(ids, u.field("id"_L1), QString::number(update.id), u"update id"_s);
                status.updates.append(update);
            }
        }
        // Kept oldest first, whatever the file's order.
        std::sort(status.updates.begin(), status.updates.end(),
                  [](const StatusUpdate &a, const StatusUpdate &b) { return a.id < b.id; });
        if (!status.updatedAt.isValid() && !status.updates.isEmpty())
            status.updatedAt = status.updates.last().createdAt;
        return status;
    }

    // Without a "datacenters" list, the platform's datacenters are those its instances name.
    void deriveDatacenters(Dataset &dataset)
    {
        QStringList names;
        for (const DatasetUser &u : dataset.users)
            for (const Application &app : u.applications)
                for (const Service &svc : app.services)
                    for (const Instance &inst : svc.instances)
                        if (!names.contains(inst.datacenter))
                            names.append(inst.datacenter);
        names.sort();
        for (const QString &name : std::as_const(names))
            dataset.datacenters.append(Datacenter::fromName(name));
    }

    JsonReader &m_reader;
    bool m_declared = false;
    QSet<QString> m_datacenters;
};

} // namespace

Result<Dataset> DatasetReader::read(const QByteArray &bytes)
{
    const auto doc = JsonReader::parse(bytes, u"dataset"_s, maxBytes);
    if (!doc)
        return Result<Dataset>::failure(doc.error());
    JsonReader reader(*doc);
    Reading reading(reader);
    Dataset dataset = reading.read(reader.root());
    if (!reader.ok())
        return Result<Dataset>::failure(reader.error());
    return dataset;
}

Result<Dataset> DatasetReader::readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Dataset>::failure(
            u"cannot read the dataset %1: %2"_s.arg(fileName, file.errorString()));
    if (file.size() > maxBytes)
        return Result<Dataset>::failure(
            u"%1: %2 bytes is more than the %3-byte limit"_s.arg(fileName)
                .arg(file.size())
                .arg(maxBytes));
    auto dataset = read(file.readAll());
    if (!dataset)
        return Result<Dataset>::failure(fileName + u": "_s + dataset.error());
    return dataset;
}
