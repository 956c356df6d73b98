/**
 * The demo feed's wire protocol: JSON text frames, one object each, `t` naming the message.
 * It deliberately mixes camelCase and snake_case the way the real servers in the seeds do,
 * so the demo exercises the same normalizing paths.
 */
export type DemoWireMessage =
  | { t: 'tick'; seq: number; ts: number; sym: string; bid: number; ask: number; digits: number }
  | {
      t: 'bar';
      seq: number;
      ts: number;
      sym: string;
      tf: 'M1';
      open_time: number;
      o: number;
      h: number;
      l: number;
      c: number;
      v: number;
      closed: boolean;
    }
  | {
      t: 'signal';
      seq: number;
      ts: number;
      id: string;
      symbol: string;
      type: 'BUY' | 'SELL';
      entryPrice: number;
      stopLoss: number;
      takeProfit: number;
      confidence: number;
      strategy: string;
      timeframe: string;
      status: 'pending';
      reason: string;
    }
  | { t: 'signal_status'; seq: number; ts: number; signal_id: string; status: string; reason?: string }
  | {
      t: 'position_opened';
      seq: number;
      ts: number;
      ticket: number;
      symbol: string;
      type: 'BUY' | 'SELL';
      volume: number;
      entry_price: number;
      stop_loss: number;
      take_profit: number;
      strategy: string;
    }
  | { t: 'position_update'; seq: number; ts: number; ticket: number; symbol: string; current_price: number; unrealized_pnl: number }
  | {
      t: 'position_closed';
      seq: number;
      ts: number;
      ticket: number;
      symbol: string;
      type: 'BUY' | 'SELL';
      volume: number;
      entry_price: number;
      exit_price: number;
      profit: number;
      duration_seconds: number;
      close_reason: 'TP' | 'SL' | 'Manual';
    }
  | {
      t: 'account';
      seq: number;
      ts: number;
      balance: number;
      equity: number;
      margin: number;
      free_margin: number;
      margin_level: number;
      profit: number;
      currency: string;
    }
  | { t: 'strategy_status'; seq: number; ts: number; strategyId: string; strategyName: string; status: string; reason?: string }
  | { t: 'error'; seq: number; ts: number; message: string; code: string };

export type DemoWireType = DemoWireMessage['t'];

/** A message before the feed stamps its sequence number (distributes over the union). */
export type UnsequencedDemoMessage = DemoWireMessage extends infer M ? (M extends DemoWireMessage ? Omit<M, 'seq'> : never) : never;
