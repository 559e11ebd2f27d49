import { useMediaQuery, type Theme } from '@mui/material';

/** Whether the console runs on a phone-sized screen (below MUI's `md`): lists show cards instead of tables there. */
export const usePhone = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
