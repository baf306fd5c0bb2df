#pragma once

#include <QString>

#include <utility>

// The outcome of an operation that can fail: a value, or an error message a user can read.
// Used instead of exceptions across every boundary of the project.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {} // NOLINT(google-explicit-constructor)

    static Result failure(QString error)
    {
        Result r;
        r.m_error = error.isEmpty() ? QStringLiteral("unknown error") : std::move(error);
        return r;
    }

    bool ok() const { return m_error.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T &&value() && { return std::move(m_value); }
    const T &operator*() const & { return m_value; }
    const T *operator->() const { return &m_value; }

private:
    Result() = default;
    T m_value{};
    QString m_error;
};

// A Result without a value.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}
