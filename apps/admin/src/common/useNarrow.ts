import { Grid } from 'antd';

/**
 * True on a phone-sized screen (below antd's `md`, 768 px): the menu folds into a drawer and tables
 * scroll sideways instead of squeezing their columns to one character a line.
 */
export const useNarrow = () => Grid.useBreakpoint().md === false;
