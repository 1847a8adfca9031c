import { assignmentStatusLabels } from '@ronghe/types';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface ChartRow {
  name: string;
  onTrack: number;
  atRisk: number;
  overdue: number;
  done: number;
}

const SERIES = [
  { key: 'done', status: 'DONE', color: '#1677ff' },
  { key: 'onTrack', status: 'ON_TRACK', color: '#52c41a' },
  { key: 'atRisk', status: 'AT_RISK', color: '#faad14' },
  { key: 'overdue', status: 'OVERDUE', color: '#f5222d' },
] as const;

/** Stacked bars of assignments by supervision status, one bar per group. Loaded on demand (recharts is large). */
export default function StatusChart({ rows, height = 300 }: { rows: ChartRow[]; height?: number }) {
  // Names such as 计划生育服务管理 would run into each other side by side: slant them.
  const slanted = rows.some((r) => r.name.length > 4);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} margin={{ top: 8, right: 16, left: 0, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} {...(slanted ? { angle: -30, textAnchor: 'end', height: 80 } : {})} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {SERIES.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={assignmentStatusLabels[s.status]}
            stackId="status"
            fill={s.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
