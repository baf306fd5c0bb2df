#pragma once

#include "command.h"

// `scaling-advisor logout`: deletes the credentials `login` kept for a platform API.
class LogoutCommand
{
public:
    static int run(const Command &command);
};
