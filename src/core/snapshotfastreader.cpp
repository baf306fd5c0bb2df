#include "snapshotfastreader.h"

#include "platformwire.h"

#include <QHash>
#include <QScopeGuard>
#include <QStringDecoder>
#include <QTimeZone>
#include <QVarLengthArray>

#include <atomic>
#include <cstring>
#include <future>
#include <limits>
#include <system_error>

using namespace Qt::StringLiterals;

namespace SnapshotFastReader {

namespace {

// Thrown only inside this file, caught in read(): a way out of deep recursion on the first
// surprise. Nothing crosses a Qt boundary.
struct GiveUp
{};

// From this size on, the second half of the applications is read on a thread of its own.
constexpr qsizetype kSplitBytes = 1 << 20;

struct Tail
{
    QList<Application> applications;
    const char *end = nullptr; // just after the array's closing bracket
    bool ok = false;
};

class Parser
{
public:
    Parser(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {}

    Inventory document()
    {
        Inventory inv;
        bool format = false, version = false, user = false, applications = false;
        object([&](QByteArrayView key) {
            if (key == "format") {
                once(format);
                if (string() != u"scaling-advisor-snapshot"_s)
                    throw GiveUp{};
            } else if (key == "format_version") {
                once(version);
                if (integer(1, 1'000'000) != 1)
                    throw GiveUp{};
            } else if (key == "fetched_at") {
                inv.fetchedAt = optionalTimestamp();
            } else if (key == "source") {
                inv.source = optionalString();
            } else if (key == "user") {
                once(user);
                inv.user = readUser();
            } else if (key == "viewer") {
                inv.viewer = optionalString();
            } else if (key == "datacenters") {
                if (!null())
                    array([&] { inv.datacenters.append(readDatacenter()); });
            } else if (key == "applications") {
                once(applications);
                readApplications(inv.applications);
            } else if (key == "errors") {
                if (!null())
                    array([&] { inv.errors.append(readError()); });
            } else {
                skipValue();
            }
        });
        ws();
        if (m_p != m_end || !format || !version || !user || !applications)
            throw GiveUp{};
        return inv;
    }

    // The rest of an array of applications, from the start of one of them to the closing
    // bracket.
    static Tail applicationsFrom(const char *begin, const char *end, const std::atomic<bool> *stop)
    {
        Tail tail;
        try {
            Parser parser(begin, end);
            do {
                if (*stop)
                    throw GiveUp{};
                tail.applications.append(parser.readApplication());
            } while (parser.another(']'));
            tail.end = parser.m_p;
            tail.ok = true;
        } catch (const GiveUp &) {
            tail.ok = false;
        }
        return tail;
    }

private:
    // A large array of applications is read in two halves at once: the second from a split that
    // a quick scan found, on another thread. The halves are joined only when the reading of the
    // first arrives at the split exactly after an element's comma: then the other thread started
    // at the start of an application, and read what this one would have.
    void readApplications(QList<Application> &out)
    {
        expect('[');
        if (peek() == ']') {
            ++m_p;
            return;
        }
        const char *split = splitPoint();
        // The guard, declared after the future, goes first: a reading that gives up here tells
        // the other half to stop, then the future waits for it; `stop` outlives both.
        std::atomic<bool> stop{false};
        std::future<Tail> tail;
        const auto stopTail = qScopeGuard([&stop] { stop = true; });
        if (split) {
            try {
                tail =
                    std::async(std::launch::async, &Parser::applicationsFrom, split, m_end, &stop);
            } catch (const std::system_error &) {
                split = nullptr; // no thread to be had: all on this one
            }
        }
        for (;;) {
            out.append(readApplication());
            if (!another(']'))
                return;
            if (!split || m_p < split)
                continue;
            // Past the split without an element ending there: the scan and the reading disagree
            // on the document, which cannot happen to a valid one. The reference reader decides.
            if (m_p != split)
                throw GiveUp{};
            Tail rest = tail.get();
            if (!rest.ok)
                throw GiveUp{};
            out.append(std::move(rest.applications));
            m_p = rest.end;
            return;
        }
    }

    // Just after the first comma between two elements of the array past its middle, or nullptr
    // when the array is small or the scan finds no such comma. The middle is guessed as halfway
    // to the end of the bytes; an array that ends before it is read on one thread. The scan
    // only follows strings (skipped with memchr) and brackets.
    const char *splitPoint() const
    {
        if (m_end - m_p < kSplitBytes)
            return nullptr;
        const char *middle = m_p + (m_end - m_p) / 2;
        int depth = 1; // inside the array
        for (const char *p = m_p; p < m_end; ++p) {
            switch (*p) {
            case '"':
                for (;;) {
                    p = static_cast<const char *>(std::memchr(p + 1, '"', size_t(m_end - p - 1)));
                    if (!p)
                        return nullptr;
                    const char *q = p;
                    while (q[-1] == '\\')
                        --q;
                    if ((p - q) % 2 == 0)
                        break; // not escaped
                }
                break;
            case '[':
            case '{':
                ++depth;
                break;
            case ']':
            case '}':
                if (--depth == 0)
                    return nullptr;
                break;
            case ',':
                if (depth == 1 && p >= middle)
                    return p + 1;
                break;
            default:
                break;
            }
        }
        return nullptr;
    }

    // ---- syntax ----

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        ws();
        if (m_p >= m_end)
            throw GiveUp{};
        return *m_p;
    }
    void expect(char c)
    {
        if (peek() != c)
            throw GiveUp{};
        ++m_p;
    }
    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) >= n && std::memcmp(m_p, word, n) == 0) {
            m_p += n;
            return true;
        }
        return false;
    }
    bool null()
    {
        if (peek() != 'n')
            return false;
        if (!literal("null"))
            throw GiveUp{};
        return true;
    }
    // Each known key at most once: QJsonDocument keeps the last of duplicates, we do not guess.
    static void once(bool &seen)
    {
        if (seen)
            throw GiveUp{};
        seen = true;
    }

    template<typename OnKey>
    void object(OnKey onKey)
    {
        expect('{');
        if (peek() == '}') {
            ++m_p;
            return;
        }
        QVarLengthArray<QByteArrayView, 16> seen; // QJsonDocument keeps the last duplicate: give up
        for (;;) {
            const QByteArrayView key = rawKey();
            for (QByteArrayView k : seen)
                if (k == key)
                    throw GiveUp{};
            seen.append(key);
            expect(':');
            onKey(key);
            if (!another('}'))
                return;
        }
    }

    // After an element of an array or object: true when a comma says another follows, false
    // after the closing bracket.
    bool another(char close)
    {
        const char c = peek();
        ++m_p;
        if (c == close)
            return false;
        if (c != ',')
            throw GiveUp{};
        return true;
    }

    template<typename OnItem>
    void array(OnItem onItem)
    {
        expect('[');
        if (peek() == ']') {
            ++m_p;
            return;
        }
        do
            onItem();
        while (another(']'));
    }

    // A key without escapes (every key of the format is plain ASCII). Other bytes are left to
    // the reference reader, which refuses invalid UTF-8 even in keys it ignores.
    QByteArrayView rawKey()
    {
        expect('"');
        const char *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || uchar(*m_p) < 0x20 || uchar(*m_p) >= 0x80)
                throw GiveUp{};
            ++m_p;
        }
        if (m_p >= m_end)
            throw GiveUp{};
        return QByteArrayView(start, m_p++ - start);
    }

    QString string(bool share = false)
    {
        expect('"');
        const char *start = m_p;
        bool ascii = true;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            const uchar c = uchar(*m_p);
            if (c < 0x20)
                throw GiveUp{};
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        if (m_p >= m_end)
            throw GiveUp{};
        if (*m_p == '"') { // the common case: no escapes
            const QByteArrayView raw(start, m_p++ - start);
            if (share && ascii && !raw.isEmpty()) {
                const QString known =
                    m_shared.value(QByteArray::fromRawData(raw.data(), raw.size()));
                if (!known.isNull())
                    return known;
                const QString s = QString::fromLatin1(raw);
                m_shared.insert(raw.toByteArray(), s);
                return s;
            }
            return ascii ? QString::fromLatin1(raw) : utf8(raw);
        }
        m_p = start;
        return escapedString();
    }

    QString utf8(QByteArrayView raw)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = decoder(raw);
        if (decoder.hasError())
            throw GiveUp{};
        return s;
    }

    QString escapedString()
    {
        QByteArray bytes; // unescaped UTF-8
        while (m_p < m_end && *m_p != '"') {
            const uchar c = uchar(*m_p++);
            if (c < 0x20)
                throw GiveUp{};
            if (c != '\\') {
                bytes.append(char(c));
                continue;
            }
            if (m_p >= m_end)
                throw GiveUp{};
            switch (*m_p++) {
            case '"':
                bytes.append('"');
                break;
            case '\\':
                bytes.append('\\');
                break;
            case '/':
                bytes.append('/');
                break;
            case 'b':
                bytes.append('\b');
                break;
            case 'f':
                bytes.append('\f');
                break;
            case 'n':
                bytes.append('\n');
                break;
            case 'r':
                bytes.append('\r');
                break;
            case 't':
                bytes.append('\t');
                break;
            case 'u': {
                char32_t u = hex4();
                if (u >= 0xD800 && u <= 0xDBFF) { // a surrogate pair, or give up
                    if (!literal("\\u"))
                        throw GiveUp{};
                    const char32_t low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        throw GiveUp{};
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                } else if (u >= 0xDC00 && u <= 0xDFFF) {
                    throw GiveUp{};
                }
                bytes.append(QString::fromUcs4(&u, 1).toUtf8());
                break;
            }
            default:
                throw GiveUp{};
            }
        }
        if (m_p >= m_end)
            throw GiveUp{};
        ++m_p;
        return utf8(bytes);
    }

    char32_t hex4()
    {
        if (m_end - m_p < 4)
            throw GiveUp{};
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                throw GiveUp{};
        }
        return v;
    }

    // Plain decimal integers only; anything else (fractions, exponents) is left to the
    // reference reader.
    qint64 integer(qint64 min, qint64 max = std::numeric_limits<qint64>::max())
    {
        peek();
        bool negative = false;
        if (*m_p == '-') {
            negative = true;
            ++m_p;
        }
        const char *start = m_p;
        qint64 v = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            if (m_p - start >= 15) // beyond 2^53 doubles lose integers: not our business
                throw GiveUp{};
            v = v * 10 + (*m_p++ - '0');
        }
        if (m_p == start || (m_p - start > 1 && *start == '0'))
            throw GiveUp{};
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            throw GiveUp{};
        if (negative)
            v = -v;
        if (v < min || v > max)
            throw GiveUp{};
        return v;
    }

    QString optionalString(bool share = false) { return null() ? QString() : string(share); }

    QString optionalOneOf(const QStringList &allowed, const QString &fallback)
    {
        if (null())
            return fallback;
        const QString s = string(true);
        if (!allowed.contains(s))
            throw GiveUp{};
        return s;
    }

    QDateTime optionalTimestamp()
    {
        if (null())
            return {};
        const QString s = string();
        if (s == m_lastStamp)
            return m_lastTime;
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid())
            throw GiveUp{};
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(QTimeZone::utc());
        m_lastStamp = s;
        m_lastTime = t.toUTC();
        return m_lastTime;
    }

    void skipValue(int depth = 0)
    {
        if (depth > 64) // deep unknown values: not a snapshot we wrote; no deep recursion here
            throw GiveUp{};
        switch (peek()) {
        case '{':
            object([&](QByteArrayView) { skipValue(depth + 1); });
            return;
        case '[':
            array([&] { skipValue(depth + 1); });
            return;
        case '"':
            string();
            return;
        case 't':
            if (!literal("true"))
                throw GiveUp{};
            return;
        case 'f':
            if (!literal("false"))
                throw GiveUp{};
            return;
        case 'n':
            null();
            return;
        default:
            skipNumber();
        }
    }

    // The JSON number grammar exactly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    void skipNumber()
    {
        auto digits = [this] {
            const char *start = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            if (m_p == start)
                throw GiveUp{};
            return m_p - start;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        const char *intStart = m_p;
        if (digits() > 1 && *intStart == '0')
            throw GiveUp{};
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            digits();
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (digits() > 2) // near the limits of a double: the reference reader decides
                throw GiveUp{};
        }
        if (m_p - intStart > 40)
            throw GiveUp{};
    }

    // ---- the format: what PlatformWire's node readers and Snapshot read ----

    User readUser()
    {
        User u;
        bool username = false;
        object([&](QByteArrayView key) {
            if (key == "username") {
                once(username);
                u.username = string();
            } else if (key == "first_name") {
                u.firstName = optionalString();
            } else if (key == "last_name") {
                u.lastName = optionalString();
            } else if (key == "role") {
                u.role = optionalOneOf({User::roleDeveloper(), User::roleSupport()},
                                       User::roleDeveloper());
            } else {
                skipValue();
            }
        });
        if (!username)
            throw GiveUp{};
        return u;
    }

    Datacenter readDatacenter()
    {
        bool hasName = false;
        QString name;
        std::optional<QString> provider, region, zone;
        object([&](QByteArrayView key) {
            if (key == "name") {
                once(hasName);
                name = string(true);
            } else if (key == "provider") {
                if (!null())
                    provider = string(true);
            } else if (key == "region") {
                if (!null())
                    region = string(true);
            } else if (key == "zone") {
                if (!null())
                    zone = string(true);
            } else {
                skipValue();
            }
        });
        if (!hasName)
            throw GiveUp{};
        const Datacenter parsed = Datacenter::fromName(name);
        return {name, provider.value_or(parsed.provider), region.value_or(parsed.region),
                zone.value_or(parsed.zone)};
    }

    Application readApplication()
    {
        Application app;
        bool name = false, flavor = false;
        object([&](QByteArrayView key) {
            if (key == "name") {
                once(name);
                app.name = string();
            } else if (key == "flavor") {
                once(flavor);
                app.flavor = string(true);
                if (!Application::knownFlavors().contains(app.flavor))
                    throw GiveUp{};
            } else if (key == "created_at") {
                app.createdAt = optionalTimestamp();
            } else if (key == "services") {
                if (!null())
                    array([&] { app.services.append(readService()); });
            } else {
                skipValue();
            }
        });
        if (!name || !flavor)
            throw GiveUp{};
        return app;
    }

    Service readService()
    {
        Service svc;
        bool name = false, type = false, count = false;
        object([&](QByteArrayView key) {
            if (key == "name") {
                once(name);
                svc.name = string(true);
            } else if (key == "service_type") {
                once(type);
                svc.serviceType = string(true);
            } else if (key == "instance_count") {
                once(count);
                svc.instanceCount = int(integer(0, 1'000'000));
            } else if (key == "reserved_memory") {
                svc.reservedMemory = null() ? 0 : integer(0);
            } else if (key == "domains") {
                if (!null())
                    array([&] { svc.domains.append(domain()); });
            } else if (key == "instances") {
                svc.detailLoaded = true;
                if (!null())
                    array([&] { svc.instances.append(readInstance()); });
            } else if (key == "fetch_error") {
                svc.fetchError = optionalString();
            } else {
                skipValue();
            }
        });
        if (!name || !type || !count)
            throw GiveUp{};
        return svc;
    }

    // A domain object's `domain`, or a bare string (snapshots written before domains were
    // objects).
    QString domain()
    {
        if (peek() != '{')
            return string();
        QString name;
        bool found = false;
        object([&](QByteArrayView key) {
            if (key == "domain") {
                once(found);
                name = string();
            } else {
                skipValue();
            }
        });
        if (!found)
            throw GiveUp{};
        return name;
    }

    Instance readInstance()
    {
        static const QStringList statuses = PlatformWire::instanceStatuses();
        static const QStringList roles = PlatformWire::instanceRoles();
        Instance inst;
        bool id = false;
        object([&](QByteArrayView key) {
            if (key == "instance_id") {
                once(id);
                inst.instanceId = int(integer(0, 1'000'000));
            } else if (key == "datacenter") {
                inst.datacenter = optionalString(true);
            } else if (key == "host") {
                inst.host = optionalString(true);
            } else if (key == "container_name") {
                inst.containerName = optionalString();
            } else if (key == "image_version") {
                inst.imageVersion = optionalString(true);
            } else if (key == "revision") {
                inst.revision = optionalString(true);
            } else if (key == "status") {
                inst.status = optionalOneOf(statuses, Instance::statusUp());
            } else if (key == "role") {
                inst.role = optionalOneOf(roles, {});
            } else if (key == "ports") {
                if (!null())
                    array([&] { inst.ports.append(readPort()); });
            } else {
                skipValue();
            }
        });
        if (!id)
            throw GiveUp{};
        return inst;
    }

    InstancePort readPort()
    {
        InstancePort port;
        bool name = false, url = false;
        object([&](QByteArrayView key) {
            if (key == "name") {
                once(name);
                port.name = string(true);
            } else if (key == "url") {
                once(url);
                port.url = string();
            } else {
                skipValue();
            }
        });
        if (!name || !url)
            throw GiveUp{};
        return port;
    }

    FetchError readError()
    {
        FetchError e;
        bool application = false, error = false;
        object([&](QByteArrayView key) {
            if (key == "application") {
                once(application);
                e.application = string();
            } else if (key == "service") {
                e.service = optionalString();
            } else if (key == "error") {
                once(error);
                e.error = string();
            } else {
                skipValue();
            }
        });
        if (!application || !error)
            throw GiveUp{};
        return e;
    }

    const char *m_p;
    const char *m_end;
    QHash<QByteArray, QString> m_shared;
    QString m_lastStamp;
    QDateTime m_lastTime;
};

} // namespace

std::optional<Inventory> read(const QByteArray &bytes)
{
    try {
        Parser parser(bytes.constData(), bytes.constData() + bytes.size());
        return parser.document();
    } catch (const GiveUp &) {
        return std::nullopt;
    }
}

} // namespace SnapshotFastReader
