-- Fractional Kelly sizing from the provider's realised record.
alter table follows drop constraint follows_sizing_mode_check;
alter table follows add constraint follows_sizing_mode_check
    check (sizing_mode in ('FIXED_QUOTE', 'EQUITY_PERCENT', 'RISK_PERCENT', 'KELLY'));
