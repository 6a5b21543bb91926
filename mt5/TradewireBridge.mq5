//+------------------------------------------------------------------+
//| TradewireBridge.mq5 - the terminal's end of the Tradewire bridge  |
//| Protocol: docs/mt5-bridge.md (version 1). Read it side by side:   |
//| each section below names the part of the document it implements.  |
//| Needs: mql-zmq (Include/Zmq, libzmq.dll, libsodium.dll) and       |
//| JAson.mqh (CJAVal); see mt5/README.md. Not compiled in CI.        |
//+------------------------------------------------------------------+
#property strict
#property version   "1.00"
#include <Zmq/Zmq.mqh>
#include <JAson.mqh>
#include <Trade/Trade.mqh>

input string Endpoint        = "tcp://127.0.0.1:5556"; // Sockets: Tradewire's ROUTER
input string LinkToken       = "";                     // Linking: the token shown once
input string ServerPublicKey = "";                     // Sockets: CURVE, empty = off
input int    TimerMs         = 20;                     // how often waiting messages are read

#define MEMORY_SIZE 1000
#define MEMORY_FILE "tradewire_replies.txt"
#define TAG 0x5457                                     // Exactly once 3: magic tag "TW"

Context  g_ctx("tradewire");
Socket   g_sock(g_ctx, ZMQ_DEALER);
CTrade   g_trade;
bool     g_linked = false;
long     g_offsetMs = 0;           // Exactly once 4: Tradewire time - terminal time
ulong    g_nextHelloMs = 0, g_nextBeatMs = 0, g_beatMs = 1000;
string   g_memIds[];  string g_memReplies[];           // Exactly once 2

//--- Sockets: a DEALER that connects out, never blocks ------------------
int OnInit()
  {
   if(LinkToken == "") { Print("Tradewire: set the LinkToken input"); return INIT_PARAMETERS_INCORRECT; }
   g_sock.setIdentity(StringFormat("ea-%I64d-%d", AccountInfoInteger(ACCOUNT_LOGIN), GetTickCount()));
   g_sock.setLinger(0);
   g_sock.setImmediate(true);       // nothing queues for a dead connection
   g_sock.setSendHighWaterMark(1000);
   if(ServerPublicKey != "")
     {
      string pub, sec;
      Z85::generateKeyPair(pub, sec);  // each terminal its own pair
      g_sock.setCurvePublicKey(pub); g_sock.setCurveSecretKey(sec); g_sock.setCurveServerKey(ServerPublicKey);
     }
   if(!g_sock.connect(Endpoint)) { Print("Tradewire: cannot connect to ", Endpoint); return INIT_FAILED; }
   LoadMemory();
   EventSetMillisecondTimer(TimerMs);
   return INIT_SUCCEEDED;
  }

void OnDeinit(const int reason) { EventKillTimer(); g_sock.disconnect(Endpoint); }

//--- Timer events merge: read EVERY waiting message each time ------------
void OnTimer()
  {
   ulong now = GetTickCount64();
   if(!g_linked && now >= g_nextHelloMs) { Send(Hello()); g_nextHelloMs = now + 1000; }
   if(g_linked && now >= g_nextBeatMs)   { Send(Heartbeat()); g_nextBeatMs = now + g_beatMs; }
   ZmqMsg msg;
   while(g_sock.recv(msg, true))         // true = ZMQ_DONTWAIT: never blocks the terminal
      Handle(msg.getData());
  }

void Send(string json) { g_sock.send(json, true); }   // DONTWAIT: drop rather than block

//--- Frames --------------------------------------------------------------
string NowIso(long plusMs = 0)
  {
   long ms = (long)TimeGMT() * 1000 + g_offsetMs + plusMs;
   return TimeToString((datetime)(ms / 1000), TIME_DATE | TIME_SECONDS) + StringFormat(".%03dZ", (int)(ms % 1000));
  }
// MQL prints "2026.11.23 20:48:15": make it ISO-8601
string Iso(string t) { StringReplace(t, ".", "-"); StringReplace(t, " ", "T"); return t; }
long   IsoMs(string iso)
  {
   string d = StringSubstr(iso, 0, 19); StringReplace(d, "-", "."); StringReplace(d, "T", " ");
   return (long)StringToTime(d) * 1000 + StringToInteger(StringSubstr(iso, 20, 3));
  }

string Frame(string kind, string id, string op, CJAVal &body, bool request)
  {
   CJAVal f;
   f["v"] = 1; f["kind"] = kind; f["id"] = id; f["op"] = op; f["ts"] = Iso(NowIso());
   if(request) f["expires"] = Iso(NowIso(5000));
   f["body"].Set(body);
   return f.Serialize();
  }

string Reply(CJAVal &req, string status, int retcode, bool retryable, string message, CJAVal &fields)
  {
   fields["status"] = status; fields["retcode"] = retcode; fields["retryable"] = retryable;
   fields["message"] = message;
   return Frame("reply", req["id"].ToStr(), req["op"].ToStr(), fields, false);
  }

//--- Operations: hello and heartbeat (EA -> Tradewire) ---------------------
string Hello()
  {
   CJAVal b;
   b["token"] = LinkToken;
   b["login"] = IntegerToString(AccountInfoInteger(ACCOUNT_LOGIN));
   b["server"] = AccountInfoString(ACCOUNT_SERVER);
   b["currency"] = AccountInfoString(ACCOUNT_CURRENCY);
   b["margin_mode"] = AccountInfoInteger(ACCOUNT_MARGIN_MODE) == ACCOUNT_MARGIN_MODE_RETAIL_HEDGING ? "hedging" : "netting";
   b["connected"] = (bool)TerminalInfoInteger(TERMINAL_CONNECTED);
   b["trade_allowed"] = TradeAllowed();
   b["ea_version"] = "1.00";
   return Frame("request", "hello-" + IntegerToString(GetTickCount64()), "hello", b, true);
  }

bool TradeAllowed()
  {
   return TerminalInfoInteger(TERMINAL_TRADE_ALLOWED) && MQLInfoInteger(MQL_TRADE_ALLOWED)
          && AccountInfoInteger(ACCOUNT_TRADE_EXPERT);
  }

string Heartbeat()
  {
   CJAVal b;
   b["connected"] = (bool)TerminalInfoInteger(TERMINAL_CONNECTED);
   b["trade_allowed"] = TradeAllowed();
   b["balance"] = Money(AccountInfoDouble(ACCOUNT_BALANCE));
   b["equity"] = Money(AccountInfoDouble(ACCOUNT_EQUITY));
   b["margin_free"] = Money(AccountInfoDouble(ACCOUNT_MARGIN_FREE));
   b["positions"] = PositionsTotal();
   return Frame("event", "hb-" + IntegerToString(GetTickCount64()), "heartbeat", b, false);
  }

string Money(double v) { return DoubleToString(v, 2); }
string Price(string sym, double v) { return DoubleToString(v, (int)SymbolInfoInteger(sym, SYMBOL_DIGITS)); }
string Lots(double v) { return DoubleToString(v, 2); }

//--- Dispatch: replies to our hello, Tradewire's requests ---------------
void Handle(string text)
  {
   CJAVal f;
   if(!f.Deserialize(text) || f["v"].ToInt() != 1) { Print("Tradewire: frame dropped (not version 1 JSON)"); return; }
   string kind = f["kind"].ToStr(), op = f["op"].ToStr();
   if(kind == "reply" && op == "hello")
     {
      if(f["body"]["status"].ToStr() == "ok")
        {
         g_linked = true;
         g_offsetMs = IsoMs(f["body"]["server_time"].ToStr()) - (long)TimeGMT() * 1000;
         g_beatMs = (ulong)f["body"]["heartbeat_ms"].ToInt();
         Print("Tradewire: ", f["body"]["message"].ToStr());
        }
      else
        {
         Print("Tradewire: hello refused: ", f["body"]["message"].ToStr());
         g_nextHelloMs = GetTickCount64() + 30000;      // Linking 2: wait 30 s after a refusal
        }
      return;
     }
   if(kind == "event" && op == "hello") { g_linked = false; return; }   // not linked: say hello again
   if(kind != "request") return;
   string id = f["id"].ToStr();
   int at = Remembered(id);
   if(at >= 0) { Send(g_memReplies[at]); return; }                    // Exactly once 2: a repeat
   bool trades = op == "open" || op == "modify" || op == "close" || op == "cancel";
   CJAVal none;
   string reply;
   if(trades && (long)TimeGMT() * 1000 + g_offsetMs > IsoMs(f["expires"].ToStr()))
      reply = Reply(f, "expired", 0, true, "received after it expired; not run", none); // Exactly once 4
   else
      reply = Run(f, op);
   if(trades) Remember(id, reply);
   Send(reply);
  }

string Run(CJAVal &f, string op)
  {
   CJAVal none;
   CJAVal b; b.Set(f["body"]);
   if(op == "ping")         { CJAVal r; r["terminal_time"] = Iso(NowIso()); return Reply(f, "ok", 0, false, "", r); }
   if(op == "account_info") return AccountInfo(f);
   if(op == "symbol_info")  return SymbolInfo(f, b["symbol"].ToStr());
   if(op == "open")         return Open(f, b);
   if(op == "close")        return Close(f, b);
   if(op == "cancel")       return Cancel(f, b);
   if(op == "modify")       return Modify(f, b);
   if(op == "reconcile")    return Found(f, (ulong)StringToInteger(b["magic"].ToStr()), "ok");
   if(op == "positions")    return Positions(f);
   return Reply(f, "rejected", 0, false, "op " + op + " is not supported by this EA", none);
  }

#include "TradewireOps.mqh"
