-- Write-ahead intent: every order is journaled before its request leaves for the exchange,
-- under a client order id derived from (account, user, client_order_id). Execution reports
-- and reconciliation find an order by that id, so it is indexed.
CREATE INDEX orders_exchange_client_id ON orders (exchange_client_id);
