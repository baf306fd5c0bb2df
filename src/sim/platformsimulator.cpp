#include "platformsimulator.h"

#include "adminapi.h"
#include "datasetgenerator.h"
#include "datasetreader.h"
#include "faultinjector.h"
#include "platformapi.h"
#include "simhttpserver.h"
#include "simlogging.h"
#include "simmodel.h"
#include "statusapi.h"
#include "tokenregistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

struct PlatformSimulator::Private
{
    explicit Private(PlatformSimulator *q)
        : model(q)
        , platform(&model, &tokens)
        , status(&model)
        , admin(&model, &faults, &tokens)
        , apiServer(u"api"_s, &faults, q)
        , statusServer(u"status"_s, &faults, q)
        , keepAlive(q)
    {}

    SimModel model;
    FaultInjector faults;
    TokenRegistry tokens;
    PlatformApi platform;
    StatusApi status;
    AdminApi admin;
    SimHttpServer apiServer;
    SimHttpServer statusServer;
    QTimer keepAlive;
    QUrl apiUrl;
    QUrl statusUrl;
    QString adminToken;
};

PlatformSimulator::PlatformSimulator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->apiServer.setHandler([this](const SimRequest &request) {
        if (request.path.startsWith("/admin/"_L1))
            return d->admin.handle(request);
        return d->platform.handle(request);
    });
    d->apiServer.addFixedHeader("X-dotCloud-API-Revision", PlatformApi::apiRevision);
    d->statusServer.setHandler(
        [this](const SimRequest &request) { return d->status.handle(request); });
    connect(&d->model, &SimModel::updatePosted, this, [this](const StatusUpdate &update) {
        d->statusServer.writeToStreams(StatusApi::streamLine(update));
    });
    connect(&d->keepAlive, &QTimer::timeout, this,
            [this] { d->statusServer.writeToStreams("\r\n"); });
}

PlatformSimulator::~PlatformSimulator()
{
    d->statusServer.closeStreams();
}

QString PlatformSimulator::demoDatasetResource()
{
    return u":/sim/demo-dataset.json"_s;
}

Status PlatformSimulator::start(const Options &options)
{
    std::optional<Dataset> dataset;
    if (!options.datasetFile.isEmpty()) {
        auto read = DatasetReader::readFile(options.datasetFile);
        if (!read)
            return Status::failure(read.error());
        dataset = std::move(read).value();
    } else if (options.demo) {
        auto read = DatasetReader::readFile(demoDatasetResource());
        if (!read)
            return Status::failure(read.error());
        dataset = std::move(read).value();
    } else if (options.generateApplications > 0) {
        QElapsedTimer timer;
        timer.start();
        dataset = DatasetGenerator::generate(options.generateApplications, options.seed);
        qCDebug(lcSim) << "generated" << options.generateApplications << "applications in"
                       << timer.elapsed() << "ms";
    } else if (options.databaseFile.isEmpty()) {
        return Status::failure(
            u"nothing to serve: give a dataset file, the demo, a generated dataset or an "
            "existing database"_s);
    }
    if (Status s = d->model.open(options.databaseFile, dataset); !s)
        return s;

    const quint16 apiPort = d->apiServer.listenLocal(options.port);
    if (apiPort == 0)
        return Status::failure(u"cannot listen on 127.0.0.1:%1"_s.arg(options.port));
    const quint16 statusPort = d->statusServer.listenLocal(options.statusPort);
    if (statusPort == 0)
        return Status::failure(u"cannot listen on 127.0.0.1:%1"_s.arg(options.statusPort));
    d->apiUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(apiPort));
    d->statusUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(statusPort));
    d->platform.setBaseUrl(d->apiUrl.toString());
    d->admin.setBaseUrl(d->apiUrl.toString());
    d->status.setBaseUrl(d->statusUrl.toString());

    d->adminToken = QString::number(QRandomGenerator::system()->generate64(), 16) +
                    QString::number(QRandomGenerator::system()->generate64(), 16);
    d->admin.setAdminToken(d->adminToken);
    if (options.keepAliveMs > 0)
        d->keepAlive.start(options.keepAliveMs);
    qCInfo(lcSim) << "platform API on" << d->apiUrl << "status API on" << d->statusUrl;
    return success();
}

QUrl PlatformSimulator::apiUrl() const
{
    return d->apiUrl;
}

QUrl PlatformSimulator::statusUrl() const
{
    return d->statusUrl;
}

QString PlatformSimulator::adminToken() const
{
    return d->adminToken;
}

QJsonObject PlatformSimulator::startupInfo() const
{
    QJsonArray users;
    for (const DatasetUser &u : d->model.data().users)
        users.append(QJsonObject{{u"username"_s, u.user.username},
                                 {u"role"_s, u.user.role},
                                 {u"api_key"_s, u.apiKey},
                                 {u"password"_s, u.password}});
    return {{u"api"_s, d->apiUrl.toString()},
            {u"status"_s, d->statusUrl.toString()},
            {u"admin_token"_s, d->adminToken},
            {u"users"_s, users}};
}

const SimModel &PlatformSimulator::model() const
{
    return d->model;
}

int PlatformSimulator::openStreams() const
{
    return d->statusServer.streamCount();
}
