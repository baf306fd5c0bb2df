#pragma once

#include "command.h"

// `scaling-advisor login`: checks credentials against the platform API and keeps them in the
// system keychain, so that later commands need no secret at all. The API key comes from
// SCALING_ADVISOR_API_KEY; a password is read from standard input (without echo on a terminal).
class LoginCommand
{
public:
    static int run(const Command &command);
};
