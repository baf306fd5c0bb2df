#include "faultinjector.h"

#include "jsonreader.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

QStringList Fault::kinds()
{
    return {u"latency"_s, u"status"_s,    u"malformed"_s,  u"truncated"_s,
            u"drop"_s,    u"oversized"_s, u"wrong-types"_s};
}

Result<Fault> Fault::fromJson(const QJsonObject &object)
{
    JsonReader reader{QJsonValue(object)};
    const JsonNode root = reader.root();
    Fault f;
    f.target = root.field("target"_L1).optionalOneOf({u"api"_s, u"status"_s}, u"api"_s);
    f.kind = root.field("kind"_L1).oneOf(kinds());
    f.latencyMs = int(root.field("latency_ms"_L1).optionalInteger(0, 0, 120'000));
    f.status = int(root.field("status"_L1).optionalInteger(500, 100, 599));
    f.retryAfter = int(root.field("retry_after"_L1).optionalInteger(-1, 0, 86'400));
    const JsonNode share = root.field("share"_L1);
    if (!share.isMissingOrNull()) {
        if (!share.value().isDouble() || share.value().toDouble() < 0 ||
            share.value().toDouble() > 1)
            share.fail(u"expected a number from 0 to 1"_s);
        else
            f.share = share.value().toDouble();
    }
    f.count = int(root.field("count"_L1).optionalInteger(-1, 1, 1'000'000));
    f.pathPrefix = root.field("path_prefix"_L1).optionalString();
    f.bytes = root.field("bytes"_L1).optionalInteger(f.bytes, 1, 1024LL * 1024 * 1024);
    if (reader.ok() && f.kind == "latency"_L1 && f.latencyMs == 0)
        reader.fail(u"latency_ms"_s, u"missing"_s);
    if (!reader.ok())
        return Result<Fault>::failure(reader.error());
    return f;
}

QJsonObject Fault::toJson() const
{
    QJsonObject o{{u"target"_s, target}, {u"kind"_s, kind}, {u"share"_s, share}};
    if (kind == "latency"_L1)
        o.insert(u"latency_ms"_s, latencyMs);
    if (kind == "status"_L1)
        o.insert(u"status"_s, status);
    if (retryAfter >= 0)
        o.insert(u"retry_after"_s, retryAfter);
    if (count >= 0)
        o.insert(u"count"_s, count);
    if (!pathPrefix.isEmpty())
        o.insert(u"path_prefix"_s, pathPrefix);
    return o;
}

std::optional<Fault> FaultInjector::take(const QString &target, const QString &path)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.target != target || !path.startsWith(f.pathPrefix))
            continue;
        if (f.share < 1.0 && QRandomGenerator::global()->generateDouble() >= f.share)
            continue;
        const Fault hit = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}
