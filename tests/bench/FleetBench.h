#pragma once

#include <QString>

// A street at lunchtime: 20 kiosks ordering at once on one PostgreSQL server
// (a durable one of the bench's own, in `folder`), and one order next to the
// server's cheapest durable write. Prints fleet_orders_per_s,
// fleet_order_p99_ms and pg_order_vs_roundtrip_ratio.
void benchFleet(const QString &folder);
