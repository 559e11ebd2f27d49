import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { Link, Title, useGetIdentity, useTranslate } from 'react-admin';
import { GRAPHIQL_URL } from '../layout/graphiql-link';

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="app.title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {translate('app.dashboard.intro')}
        </Typography>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
        <Button variant="contained" component={Link} to="/agencies">
          {translate('app.dashboard.agencies')}
        </Button>
        <Button variant="outlined" component={Link} to="/auditEntries">
          {translate('app.dashboard.audit')}
        </Button>
        <Button variant="text" href={GRAPHIQL_URL} target="_blank" rel="noopener">
          {translate('app.dashboard.graphiql')}
        </Button>
      </CardActions>
    </Card>
  );
};
