import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/api-connection.ts';
import { App } from './app/App.tsx';
import { createAppServices } from './app/app-services.ts';
import { ServicesContext } from './app/services-context.tsx';
import './styles/theme.css';
import './styles/base.css';
import './app/app.css';

const services = createAppServices(connectApi());
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ServicesContext value={services}>
      <App />
    </ServicesContext>
  </StrictMode>,
);
