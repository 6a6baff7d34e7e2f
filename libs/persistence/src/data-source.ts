// Entry point for the TypeORM CLI (`npm run db:generate`): the same options as the app.
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().database.url));
