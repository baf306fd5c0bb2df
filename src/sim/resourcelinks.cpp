#include "resourcelinks.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString segment(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}
} // namespace

QString ResourceLinks::userPath(const QString &user)
{
    return u"/v1/users/"_s + segment(user);
}

QString ResourceLinks::applicationPath(const QString &user, const QString &app)
{
    return userPath(user) + u"/applications/"_s + segment(app);
}

QString ResourceLinks::servicePath(const QString &user, const QString &app, const QString &svc)
{
    return applicationPath(user, app) + u"/services/"_s + segment(svc);
}

QString ResourceLinks::tag(const QString &type, const QString &tagPath)
{
    return u"tag:dotcloud.com,2011,"_s + type + u'/' + tagPath;
}

QJsonObject ResourceLinks::subResource(const QString &path, const QString &name) const
{
    return {{u"rel"_s, QString(m_base + u"/1#"_s + name)},
            {u"href"_s, QString(m_base + path + u'/' + name)},
            {u"title"_s, name}};
}

void ResourceLinks::identify(QJsonObject &object, const QString &type, const QString &tagPath,
                             const QString &path, const QStringList &subResources) const
{
    object.insert(u"type"_s, type);
    object.insert(u"id"_s, tag(type, tagPath));
    object.insert(u"uri"_s, url(path));
    QJsonArray links;
    for (const QString &name : subResources)
        links.append(subResource(path, name));
    object.insert(u"links"_s, links);
}
