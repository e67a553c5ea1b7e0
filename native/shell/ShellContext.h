#pragma once

#include "Backend.h"
#include "Clock.h"
#include "DatabaseLink.h"
#include "Housekeeping.h"
#include "KioskConfig.h"
#include "Notice.h"
#include "PrintSpooler.h"
#include "Remote.h"
#include "Worker.h"

namespace linli {

class PersonSession;

// What the shell lends every service's flows and desks: their services on
// the database worker, the clock, the printer queue, the person in front of
// the kiosk, the notice banner, the periodic work, and the link to the
// database (online or not, and what other kiosks changed).
struct ShellContext
{
    Worker &worker;
    Backend *backend; // lives on the worker: reach it through remote()
    const Clock &clock;
    const KioskConfig &config;
    PrintSpooler &printer;
    Housekeeping &housekeeping;
    PersonSession &person;
    Notice &notice;
    DatabaseLink &link;

    template<typename Service>
    Remote<Service> remote(typename Remote<Service>::Accessor accessor) const
    {
        return Remote<Service>(worker, backend, accessor);
    }
};

} // namespace linli
