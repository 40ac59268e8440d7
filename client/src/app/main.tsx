import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import '@/ui/tokens.css';
import '@/ui/global.css';
import { createApolloClient } from './apollo/create-apollo-client';
import { AppErrorBoundary } from './errors/AppErrorBoundary';
import { createRoutes } from './routing/routes';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const client = createApolloClient();
const router = createBrowserRouter(createRoutes({ client }));

createRoot(container).render(
  <StrictMode>
    <AppErrorBoundary>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </AppErrorBoundary>
  </StrictMode>,
);
