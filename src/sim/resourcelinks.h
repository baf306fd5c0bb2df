#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The identity the platform's REST reference gives every resource: `type`, `id` (a Tag URI such
// as tag:dotcloud.com,2011,User/john123), `uri` (its canonical URL, under /v1/users/NAME) and
// `links` to its sub-resources (rel "BASE/1#NAME", as the reference's
// "https://rest.dotcloud.com/1#applications").
class ResourceLinks
{
public:
    explicit ResourceLinks(const QString &baseUrl = {})
        : m_base(baseUrl)
    {}

    // "/v1/users/NAME", "/v1/users/NAME/applications/APP", … (paths, for canonical links).
    static QString userPath(const QString &user);
    static QString applicationPath(const QString &user, const QString &app);
    static QString servicePath(const QString &user, const QString &app, const QString &svc);

    // Adds type, id, uri and links to `object`; `tagPath` follows the type in the Tag URI
    // ("john123/ramen/www"), `path` is the resource's path under the base.
    void identify(QJsonObject &object, const QString &type, const QString &tagPath,
                  const QString &path, const QStringList &subResources = {}) const;
    // {"rel": "BASE/1#NAME", "href": "BASE/PATH/NAME", "title": NAME}
    QJsonObject subResource(const QString &path, const QString &name) const;
    QString url(const QString &path) const { return m_base + path; }

    static QString tag(const QString &type, const QString &tagPath);

private:
    QString m_base;
};
