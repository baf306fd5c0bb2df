#pragma once

#include "command.h"
#include "platformclient.h"

#include <QString>

class KeychainAccess;

// What the command line takes from the shared settings (never a secret): which API to read when
// --api is not given, and how the platform client is set up for a command.
class CliSettings
{
public:
    static QString defaultPlatformApiUrl(); // https://rest.dotcloud.com
    // --api if given, else $SCALING_ADVISOR_API_URL, else the current account's API (the last
    // login, in the window or here), else the default.
    static QString resolveApiUrl(const QString &given);

    // The client's options for a command: its API, --allow-insecure-http, --ca-file (else
    // $SCALING_ADVISOR_CA_FILE), the proxy from http_proxy / https_proxy / no_proxy (else the
    // system's), and the 60 s deadline per request.
    static PlatformClientOptions clientOptions(const SourceOptions &source, const QString &apiUrl);

    // Once: the login of earlier versions of the command line (its own keychain entry
    // "platform-api:URL" and settings) becomes an account of the shared store.
    static void migrateLegacyLogin(KeychainAccess &keychain);
};
