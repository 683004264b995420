// Where nodes are: a point in graph coordinates, and positions by node key.
export interface Point {
  x: number;
  y: number;
}

export type Positions = Record<string, Point>;
