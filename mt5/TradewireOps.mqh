//+------------------------------------------------------------------+
//| TradewireOps.mqh - the operations of docs/mt5-bridge.md, one      |
//| function each, included by TradewireBridge.mq5.                   |
//+------------------------------------------------------------------+

//--- Return codes -> statuses (the table in the document) ---------------
string MapRetcode(uint rc, bool pending, bool &retryable)
  {
   retryable = false;
   if(rc == TRADE_RETCODE_DONE)         return pending ? "placed" : "filled";
   if(rc == TRADE_RETCODE_PLACED)       return "placed";
   if(rc == TRADE_RETCODE_DONE_PARTIAL) return "partial";
   retryable = true;
   if(rc == TRADE_RETCODE_REQUOTE || rc == TRADE_RETCODE_PRICE_CHANGED || rc == TRADE_RETCODE_PRICE_OFF
      || rc == TRADE_RETCODE_TOO_MANY_REQUESTS) return "rejected";
   if(rc == TRADE_RETCODE_TIMEOUT || rc == TRADE_RETCODE_CONNECTION) return "unknown";   // reconcile first
   retryable = false;
   return "rejected";                                    // 10030 INVALID_FILL and every other code
  }

string Traded(CJAVal &req, string sym, bool pending)
  {
   bool retryable;
   uint rc = g_trade.ResultRetcode();
   string status = MapRetcode(rc, pending, retryable);
   CJAVal r;
   if(status == "filled" || status == "placed" || status == "partial")
     {
      r["symbol"] = sym;
      r["order"] = IntegerToString((long)g_trade.ResultOrder());
      r["deal"] = IntegerToString((long)g_trade.ResultDeal());
      r["volume"] = Lots(g_trade.ResultVolume());
      r["price"] = Price(sym, pending ? g_trade.RequestPrice() : g_trade.ResultPrice());
      r["commission"] = "0";                             // the deal's commission is in history
     }
   return Reply(req, status, (int)rc, retryable, g_trade.ResultComment(), r);
  }

//--- Symbols: rules and the filling mode CTrade must use ----------------
ENUM_ORDER_TYPE_FILLING Filling(string sym)
  {
   long modes = SymbolInfoInteger(sym, SYMBOL_FILLING_MODE);
   if((modes & SYMBOL_FILLING_FOK) != 0) return ORDER_FILLING_FOK;
   if((modes & SYMBOL_FILLING_IOC) != 0) return ORDER_FILLING_IOC;
   return ORDER_FILLING_RETURN;                          // a wrong one would be 10030
  }

double RoundVolume(string sym, double v)                 // floored to the step, never up
  {
   double step = SymbolInfoDouble(sym, SYMBOL_VOLUME_STEP);
   return NormalizeDouble(MathFloor(v / step + 1e-9) * step, 2);
  }

double RoundPrice(string sym, double p)
  {
   double tick = SymbolInfoDouble(sym, SYMBOL_TRADE_TICK_SIZE);
   return NormalizeDouble(MathRound(p / tick) * tick, (int)SymbolInfoInteger(sym, SYMBOL_DIGITS));
  }

string SymbolInfo(CJAVal &req, string sym)
  {
   CJAVal r;
   if(!SymbolSelect(sym, true)) return Reply(req, "not_found", 0, false, "no symbol '" + sym + "' on this terminal", r);
   r["symbol"] = sym;
   r["digits"] = (int)SymbolInfoInteger(sym, SYMBOL_DIGITS);
   r["point"] = DoubleToString(SymbolInfoDouble(sym, SYMBOL_POINT), 8);
   r["tick_size"] = DoubleToString(SymbolInfoDouble(sym, SYMBOL_TRADE_TICK_SIZE), 8);
   r["tick_value"] = DoubleToString(SymbolInfoDouble(sym, SYMBOL_TRADE_TICK_VALUE), 8);
   r["contract_size"] = DoubleToString(SymbolInfoDouble(sym, SYMBOL_TRADE_CONTRACT_SIZE), 2);
   r["volume_min"] = Lots(SymbolInfoDouble(sym, SYMBOL_VOLUME_MIN));
   r["volume_step"] = Lots(SymbolInfoDouble(sym, SYMBOL_VOLUME_STEP));
   r["volume_max"] = Lots(SymbolInfoDouble(sym, SYMBOL_VOLUME_MAX));
   r["stops_level"] = (int)SymbolInfoInteger(sym, SYMBOL_TRADE_STOPS_LEVEL);
   long modes = SymbolInfoInteger(sym, SYMBOL_FILLING_MODE);
   if((modes & SYMBOL_FILLING_FOK) != 0) r["filling_modes"].Add("FOK");
   if((modes & SYMBOL_FILLING_IOC) != 0) r["filling_modes"].Add("IOC");
   r["filling_modes"].Add("RETURN");
   r["bid"] = Price(sym, SymbolInfoDouble(sym, SYMBOL_BID));
   r["ask"] = Price(sym, SymbolInfoDouble(sym, SYMBOL_ASK));
   return Reply(req, "ok", 0, false, "", r);
  }

string AccountInfo(CJAVal &req)
  {
   CJAVal r;
   r["login"] = IntegerToString(AccountInfoInteger(ACCOUNT_LOGIN));
   r["server"] = AccountInfoString(ACCOUNT_SERVER);
   r["currency"] = AccountInfoString(ACCOUNT_CURRENCY);
   r["margin_mode"] = AccountInfoInteger(ACCOUNT_MARGIN_MODE) == ACCOUNT_MARGIN_MODE_RETAIL_HEDGING ? "hedging" : "netting";
   r["balance"] = Money(AccountInfoDouble(ACCOUNT_BALANCE));
   r["equity"] = Money(AccountInfoDouble(ACCOUNT_EQUITY));
   r["margin"] = Money(AccountInfoDouble(ACCOUNT_MARGIN));
   r["margin_free"] = Money(AccountInfoDouble(ACCOUNT_MARGIN_FREE));
   r["leverage"] = IntegerToString(AccountInfoInteger(ACCOUNT_LEVERAGE));
   return Reply(req, "ok", 0, false, "", r);
  }

//--- Exactly once 3: what already carries this magic? --------------------
string Found(CJAVal &req, ulong magic, string status)
  {
   CJAVal r;
   for(int i = OrdersTotal() - 1; i >= 0; i--)             // a pending order
      if(OrderGetTicket(i) > 0 && (ulong)OrderGetInteger(ORDER_MAGIC) == magic)
        {
         r["state"] = "placed"; r["symbol"] = OrderGetString(ORDER_SYMBOL);
         r["order"] = IntegerToString(OrderGetInteger(ORDER_TICKET));
         r["volume"] = Lots(OrderGetDouble(ORDER_VOLUME_CURRENT));
         r["price"] = Price(r["symbol"].ToStr(), OrderGetDouble(ORDER_PRICE_OPEN));
         return Reply(req, status, 0, false, "already on the account", r);
        }
   HistorySelect(TimeCurrent() - 30 * 86400, TimeCurrent() + 86400);   // the last 30 days
   double volume = 0, notional = 0;
   string sym = ""; long order = 0;
   for(int i = 0; i < HistoryDealsTotal(); i++)            // deals: filled (in full or part)
     {
      ulong d = HistoryDealGetTicket(i);
      if((ulong)HistoryDealGetInteger(d, DEAL_MAGIC) != magic) continue;
      double v = HistoryDealGetDouble(d, DEAL_VOLUME);
      volume += v; notional += v * HistoryDealGetDouble(d, DEAL_PRICE);
      sym = HistoryDealGetString(d, DEAL_SYMBOL); order = HistoryDealGetInteger(d, DEAL_ORDER);
     }
   if(volume > 0)
     {
      r["state"] = "filled"; r["symbol"] = sym; r["order"] = IntegerToString(order);
      r["volume"] = Lots(volume); r["price"] = Price(sym, notional / volume); r["commission"] = "0";
      return Reply(req, status, 0, false, "already on the account", r);
     }
   for(int i = 0; i < HistoryOrdersTotal(); i++)           // a pending order cancelled
     {
      ulong o = HistoryOrderGetTicket(i);
      if((ulong)HistoryOrderGetInteger(o, ORDER_MAGIC) == magic
         && HistoryOrderGetInteger(o, ORDER_STATE) == ORDER_STATE_CANCELED)
        {
         r["state"] = "cancelled"; r["order"] = IntegerToString((long)o);
         return Reply(req, status, 0, false, "cancelled earlier", r);
        }
     }
   return status == "ok" ? Reply(req, "not_found", 0, false, "nothing carries this magic", r) : "";
  }

//--- open: look first, then trade with the symbol's rules -----------------
string Open(CJAVal &req, CJAVal &b)
  {
   ulong magic = (ulong)StringToInteger(b["magic"].ToStr());
   string known = Found(req, magic, "duplicate");
   if(known != "") return known;                             // never a second trade
   string sym = b["symbol"].ToStr();
   CJAVal none;
   if(!SymbolSelect(sym, true)) return Reply(req, "rejected", 0, false, "no symbol '" + sym + "'", none);
   double vol = RoundVolume(sym, StringToDouble(b["volume"].ToStr()));
   bool buy = b["side"].ToStr() == "buy";
   string type = b["type"].ToStr();
   double price = RoundPrice(sym, StringToDouble(b["price"].ToStr()));
   double sl = b["sl"].ToStr() == "" ? 0 : RoundPrice(sym, StringToDouble(b["sl"].ToStr()));
   double tp = b["tp"].ToStr() == "" ? 0 : RoundPrice(sym, StringToDouble(b["tp"].ToStr()));
   g_trade.SetExpertMagicNumber(magic);
   g_trade.SetTypeFilling(Filling(sym));
   g_trade.SetDeviationInPoints((ulong)StringToInteger(b["deviation"].ToStr()));
   g_trade.SetAsyncMode(false);
   string comment = b["comment"].ToStr();
   if(type == "market")     buy ? g_trade.Buy(vol, sym, 0, sl, tp, comment) : g_trade.Sell(vol, sym, 0, sl, tp, comment);
   else if(type == "limit") buy ? g_trade.BuyLimit(vol, price, sym, sl, tp, ORDER_TIME_GTC, 0, comment)
                                : g_trade.SellLimit(vol, price, sym, sl, tp, ORDER_TIME_GTC, 0, comment);
   else                     buy ? g_trade.BuyStop(vol, price, sym, sl, tp, ORDER_TIME_GTC, 0, comment)
                                : g_trade.SellStop(vol, price, sym, sl, tp, ORDER_TIME_GTC, 0, comment);
   return Traded(req, sym, type != "market");
  }

//--- close: netting = the one position; hedging = ours, oldest first -----
string Close(CJAVal &req, CJAVal &b)
  {
   ulong magic = (ulong)StringToInteger(b["magic"].ToStr());
   string known = Found(req, magic, "duplicate");
   if(known != "") return known;
   string sym = b["symbol"].ToStr();
   long side = b["position_side"].ToStr() == "buy" ? POSITION_TYPE_BUY : POSITION_TYPE_SELL;
   double left = StringToDouble(b["volume"].ToStr());
   bool hedging = AccountInfoInteger(ACCOUNT_MARGIN_MODE) == ACCOUNT_MARGIN_MODE_RETAIL_HEDGING;
   g_trade.SetExpertMagicNumber(magic);                      // the close deals carry the close's magic
   g_trade.SetTypeFilling(Filling(sym));
   CJAVal none;
   for(int i = 0; i < PositionsTotal() && left > 0; i++)      // index order is opening order
     {
      ulong t = PositionGetTicket(i);
      if(PositionGetString(POSITION_SYMBOL) != sym || PositionGetInteger(POSITION_TYPE) != side) continue;
      if(hedging && (PositionGetInteger(POSITION_MAGIC) >> 48) != TAG) continue;   // not Tradewire's
      double part = MathMin(left, PositionGetDouble(POSITION_VOLUME));
      if(!g_trade.PositionClosePartial(t, part) || g_trade.ResultRetcode() != TRADE_RETCODE_DONE)
         return Traded(req, sym, false);
      left = NormalizeDouble(left - part, 2);
     }
   if(left > 0) return Reply(req, "rejected", TRADE_RETCODE_INVALID_VOLUME, false, "less is open than the close asks", none);
   return Traded(req, sym, false);
  }

string Cancel(CJAVal &req, CJAVal &b)
  {
   ulong magic = (ulong)StringToInteger(b["magic"].ToStr());
   for(int i = OrdersTotal() - 1; i >= 0; i--)
     {
      ulong t = OrderGetTicket(i);
      if((ulong)OrderGetInteger(ORDER_MAGIC) != magic) continue;
      if(!g_trade.OrderDelete(t)) return Traded(req, OrderGetString(ORDER_SYMBOL), true);
      CJAVal r; r["state"] = "cancelled"; r["order"] = IntegerToString((long)t);
      return Reply(req, "ok", (int)g_trade.ResultRetcode(), false, "cancelled", r);
     }
   return Found(req, magic, "ok");                           // filled already, or not found
  }

string Modify(CJAVal &req, CJAVal &b)
  {
   ulong magic = (ulong)StringToInteger(b["magic"].ToStr());
   for(int i = OrdersTotal() - 1; i >= 0; i--)
     {
      ulong t = OrderGetTicket(i);
      if((ulong)OrderGetInteger(ORDER_MAGIC) != magic) continue;
      string sym = OrderGetString(ORDER_SYMBOL);
      double price = b["price"].ToStr() == "" ? OrderGetDouble(ORDER_PRICE_OPEN) : RoundPrice(sym, StringToDouble(b["price"].ToStr()));
      g_trade.OrderModify(t, price, OrderGetDouble(ORDER_SL), OrderGetDouble(ORDER_TP), ORDER_TIME_GTC, 0);
      return Traded(req, sym, true);
     }
   CJAVal none;
   return Reply(req, "not_found", 0, false, "no pending order carries this magic", none);
  }

string Positions(CJAVal &req)
  {
   CJAVal r;
   for(int i = 0; i < PositionsTotal(); i++)
     {
      ulong t = PositionGetTicket(i);
      string sym = PositionGetString(POSITION_SYMBOL);
      CJAVal p;
      p["ticket"] = IntegerToString((long)t); p["symbol"] = sym;
      p["type"] = PositionGetInteger(POSITION_TYPE) == POSITION_TYPE_BUY ? "buy" : "sell";
      p["volume"] = Lots(PositionGetDouble(POSITION_VOLUME));
      p["price_open"] = Price(sym, PositionGetDouble(POSITION_PRICE_OPEN));
      p["contract_size"] = DoubleToString(SymbolInfoDouble(sym, SYMBOL_TRADE_CONTRACT_SIZE), 2);
      p["magic"] = IntegerToString(PositionGetInteger(POSITION_MAGIC));
      p["comment"] = PositionGetString(POSITION_COMMENT);
      r["positions"].Add(p);
     }
   return Reply(req, "ok", 0, false, "", r);
  }

//--- Exactly once 2: the last 1000 final replies, kept in a file ----------
int Remembered(string id)
  {
   for(int i = ArraySize(g_memIds) - 1; i >= 0; i--) if(g_memIds[i] == id) return i;
   return -1;
  }

void Remember(string id, string reply)
  {
   int n = ArraySize(g_memIds);
   if(n >= MEMORY_SIZE) { ArrayRemove(g_memIds, 0, 1); ArrayRemove(g_memReplies, 0, 1); n--; }
   ArrayResize(g_memIds, n + 1); ArrayResize(g_memReplies, n + 1);
   g_memIds[n] = id; g_memReplies[n] = reply;
   int h = FileOpen(MEMORY_FILE, FILE_READ | FILE_WRITE | FILE_TXT | FILE_ANSI | FILE_SHARE_READ);
   if(h == INVALID_HANDLE) { Print("Tradewire: cannot write ", MEMORY_FILE); return; }
   FileSeek(h, 0, SEEK_END);
   FileWriteString(h, id + "\t" + reply + "\n");
   FileClose(h);
  }

void LoadMemory()
  {
   int h = FileOpen(MEMORY_FILE, FILE_READ | FILE_TXT | FILE_ANSI | FILE_SHARE_READ);
   if(h == INVALID_HANDLE) return;
   while(!FileIsEnding(h))
     {
      string line = FileReadString(h);
      int tab = StringFind(line, "\t");
      if(tab <= 0) continue;
      int n = ArraySize(g_memIds);
      if(n >= MEMORY_SIZE) { ArrayRemove(g_memIds, 0, 1); ArrayRemove(g_memReplies, 0, 1); n--; }
      ArrayResize(g_memIds, n + 1); ArrayResize(g_memReplies, n + 1);
      g_memIds[n] = StringSubstr(line, 0, tab); g_memReplies[n] = StringSubstr(line, tab + 1);
     }
   FileClose(h);
  }
