#include "servicecatalogue.h"

#include "jsonreader.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList &kindNames()
{
    static const QStringList names{u"stateless"_s, u"stateful"_s};
    return names;
}

const QStringList &scalingNames()
{
    static const QStringList names{u"horizontal"_s, u"master-slave"_s, u"replica-set"_s, u"none"_s};
    return names;
}

} // namespace

QString ServiceCatalogue::kindName(ServiceTypeInfo::Kind kind)
{
    return kindNames().value(int(kind));
}

QString ServiceCatalogue::scalingName(ServiceTypeInfo::Scaling scaling)
{
    return scalingNames().value(int(scaling));
}

Result<ServiceCatalogue> ServiceCatalogue::fromJson(const QByteArray &bytes)
{
    const auto doc = JsonReader::parse(bytes, u"service-type catalogue"_s);
    if (!doc)
        return Result<ServiceCatalogue>::failure(doc.error());
    JsonReader reader(*doc);
    const JsonNode root = reader.root();
    ServiceCatalogue catalogue;
    const qint64 version = root.field("format_version"_L1).integer(1, 1000);
    if (reader.ok() && version != 1)
        root.field("format_version"_L1)
            .fail(u"unsupported version %1 (this build reads 1)"_s.arg(version));
    const JsonNode types = root.field("types"_L1);
    if (reader.ok() && types.checkArray()) {
        for (int i = 0; i < types.size() && reader.ok(); ++i) {
            const JsonNode t = types.at(i);
            if (!t.checkObject())
                break;
            ServiceTypeInfo info;
            const JsonNode typeNode = t.field("type"_L1);
            info.type = typeNode.string();
            info.kind =
                ServiceTypeInfo::Kind(kindNames().indexOf(t.field("kind"_L1).oneOf(kindNames())));
            const JsonNode scaling = t.field("scaling"_L1);
            info.scaling =
                ServiceTypeInfo::Scaling(scalingNames().indexOf(scaling.oneOf(scalingNames())));
            const JsonNode recommended = t.field("recommended_instances"_L1);
            info.recommendedInstances = int(recommended.integer(0, 5));
            info.advice = t.field("advice"_L1).string();
            const JsonNode migration = t.field("migration"_L1);
            info.migration = migration.optionalString();
            info.note = t.field("note"_L1).optionalString();
            if (!reader.ok())
                break;
            if (info.type.isEmpty())
                typeNode.fail(u"must not be empty"_s);
            else if (catalogue.m_types.contains(info.type))
                typeNode.fail(u"\"%1\" is listed twice"_s.arg(info.type));
            else if (info.canScale() && info.recommendedInstances < 2)
                recommended.fail(u"a type that scales needs at least 2"_s);
            else if (!info.canScale() && info.recommendedInstances != 0)
                recommended.fail(u"must be 0 for a type that does not scale"_s);
            else if (!info.canScale() && info.migration.isEmpty())
                migration.fail(u"a type that does not scale needs migration steps"_s);
            catalogue.m_types.insert(info.type, info);
        }
    }
    if (!reader.ok())
        return Result<ServiceCatalogue>::failure(reader.error());
    return catalogue;
}

const ServiceCatalogue &ServiceCatalogue::builtIn()
{
    static const ServiceCatalogue catalogue = [] {
        QFile file(u":/core/service-types.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCore) << "the built-in service-type catalogue is missing";
            return ServiceCatalogue();
        }
        auto parsed = fromJson(file.readAll());
        if (!parsed) {
            qCCritical(lcCore) << "the built-in service-type catalogue is invalid:"
                               << parsed.error();
            return ServiceCatalogue();
        }
        return std::move(parsed).value();
    }();
    return catalogue;
}

ServiceTypeInfo ServiceCatalogue::info(const QString &serviceType) const
{
    const auto it = m_types.constFind(serviceType);
    if (it != m_types.constEnd())
        return *it;
    ServiceTypeInfo unknown;
    unknown.type = serviceType;
    unknown.known = false;
    // The English text: translated where it is shown, as the catalogue's own prose is.
    unknown.advice = QString::fromUtf8(QT_TRANSLATE_NOOP(
        "ServiceCatalogue", "Not a service type the advisor knows; treated as stateless: it should "
                            "scale horizontally like a code service, with instances on different "
                            "hosts and zones."));
    return unknown;
}

QStringList ServiceCatalogue::types() const
{
    QStringList list = m_types.keys();
    std::sort(list.begin(), list.end());
    return list;
}
