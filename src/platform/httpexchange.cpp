#include "httpexchange.h"

#include "httpconnection.h"

#include <QMetaObject>

HttpExchange::HttpExchange(QObject *parent)
    : QObject(parent)
{}

QByteArray HttpExchange::header(const QByteArray &name) const
{
    for (const Header &h : m_headers)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    return {};
}

void HttpExchange::abort()
{
    if (m_finished)
        return;
    if (m_connection)
        m_connection->abortExchange(); // detaches and closes; calls finish(Aborted)
    if (!m_finished)
        finish(Error::Aborted, QStringLiteral("Operation canceled"));
}

void HttpExchange::finish(Error error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = message;
    m_connection = nullptr;
    // Always from the event loop, so that a handler never runs inside the parser.
    QMetaObject::invokeMethod(this, &HttpExchange::finished, Qt::QueuedConnection);
}
